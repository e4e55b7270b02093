import { appendBlocks } from './append-blocks';
import { isJsonObject, jsonLdArticles, type Json } from './json-ld-articles';
import { TextBuilder } from './text-builder';

/**
 * A declared body shorter than this (characters) is a teaser or a description, not the article: two short news
 * paragraphs run to about 400, so nothing below that is trusted to choose or trim the body.
 */
export const MIN_DECLARED_CHARS = 400;
/**
 * A declared body longer than this (characters) is not used: no article runs that long (a long feature is ~60,000),
 * and matching it against the page would cost seconds on a page that is already huge.
 */
export const MAX_DECLARED_CHARS = 200_000;
/** Markup some sites leave inside JSON-LD `articleBody` (it is read as words, so tags become spaces). */
const TAG = /<[^>]*>/g;
/** A text cut short: it ends in an ellipsis ("…", "...", "[…]", "Read more…"). */
const ELLIPSIS_END = /(?:…|\.\.\.)\s*\]?\s*$/u;
/** Named character references left in the JSON text ("don&rsquo;t"): punctuation almost always, so a space. */
const NAMED_ENTITY = /&[a-z][a-z0-9]{1,30};/gi;
/** Numeric character references ("caf&#233;"): decoded, as they may be letters of a word. */
const NUMERIC_ENTITY = /&#(x[0-9a-f]{1,6}|[0-9]{1,7});/gi;

/** The character a numeric reference stands for, or a space for one that is out of range. */
function decodeNumeric(_match: string, code: string): string {
  const point = code[0] === 'x' || code[0] === 'X' ? parseInt(code.slice(1), 16) : parseInt(code, 10);
  return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : ' ';
}

/** The article body the page declares about itself. */
export interface DeclaredBody {
  /** The declared text: JSON-LD `articleBody` when long enough, else the microdata elements' text. */
  text: string;
  /** Where the text comes from: JSON-LD is the publisher's copy; microdata is the page's own (marked) text. */
  source: 'json-ld' | 'microdata';
  /**
   * True when the text ends in an ellipsis, or the article is marked `isAccessibleForFree: false` (the copy may stop
   * at the paywall): a teaser cut short, good for finding the body but not for trimming it.
   */
  truncated: boolean;
  /**
   * Live elements marked `itemprop="articleBody"` or RDFa `property="articleBody"` (several on some sites, one per
   * paragraph); may be empty.
   */
  elements: Element[];
}

/** A JSON-LD text value: a string, a list of strings (one per paragraph on some sites) or `{ "@value": … }`. */
function textOf(value: Json | undefined): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(textOf).join('\n');
  return isJsonObject(value) ? textOf(value['@value']) : '';
}

/** `isAccessibleForFree: false` (or `"False"`): a paywalled article, whose declared body may be the free part only. */
const isPaywalled = (value: Json | undefined): boolean =>
  value === false || (typeof value === 'string' && value.trim().toLowerCase() === 'false');

/** The longest `articleBody` string of the page's JSON-LD article nodes, and whether that article is paywalled. */
function jsonLdBody(doc: Document): { text: string; paywalled: boolean } {
  let best = '';
  let paywalled = false;
  for (const node of jsonLdArticles(doc)) {
    const text = textOf(node['articleBody']);
    if (text.length <= best.length) continue;
    best = text;
    paywalled = isPaywalled(node['isAccessibleForFree']);
  }
  const text = best.replace(TAG, ' ').replace(NUMERIC_ENTITY, decodeNumeric).replace(NAMED_ENTITY, ' ');
  return { text, paywalled };
}

/**
 * Elements a page marks as its article body: schema.org microdata (`itemprop`) and the same term in RDFa Lite
 * (`property`, bare or with the `schema:` prefix), as BBC News marked `div.story-body__inner property="articleBody"`
 * on its articles of 2015-2020 and Drupal's and other CMSs' schema.org RDFa output marks theirs.
 */
const MARKED_BODY = '[itemprop~="articleBody"], [property~="articleBody"], [property~="schema:articleBody"]';

/** Marked body elements, outermost only (a marked `<p>` inside a marked `<div>` is already in it). */
function microdataBody(doc: Document): Element[] {
  const marked = [...doc.querySelectorAll(MARKED_BODY)];
  const set = new Set(marked);
  return marked.filter((element) => {
    for (let up = element.parentElement; up; up = up.parentElement) if (set.has(up)) return false;
    return true;
  });
}

/**
 * The article body the page declares (JSON-LD `articleBody` of a NewsArticle/Article/BlogPosting, also inside
 * `@graph` and arrays, or schema.org microdata `itemprop="articleBody"`), when it is long enough to be the article.
 * Only a reference: the body the reader gets is always read off the live page.
 */
export function readDeclaredBody(doc: Document): DeclaredBody | undefined {
  const { text: json, paywalled } = jsonLdBody(doc);
  const elements = microdataBody(doc);
  if (json.trim().length >= MIN_DECLARED_CHARS && json.length <= MAX_DECLARED_CHARS) {
    return { text: json, elements, source: 'json-ld', truncated: paywalled || ELLIPSIS_END.test(json) };
  }
  // What a reader sees of them: `textContent` would also count their scripts and styles.
  const builder = new TextBuilder();
  for (const element of elements) appendBlocks(builder, element);
  const text = builder.toString();
  const usable = text.trim().length >= MIN_DECLARED_CHARS && text.length <= MAX_DECLARED_CHARS;
  return usable ? { text, elements, source: 'microdata', truncated: false } : undefined;
}
