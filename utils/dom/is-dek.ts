import { classNames, nameWords } from './class-names';
import { hasOwnText } from './has-own-text';

/**
 * Class/id/test-id words of a dek, the one-sentence summary templates print between the headline and the story:
 * `article-excerpt` (Ghost), `newspack-post-subtitle`, `pw-subtitle-paragraph` (Medium), `subtitle` (Substack),
 * `field--name-field-subtitle` (Drupal), `dek` (or `deck` ending a class name, not `deck-chairs`), `chapo` (French
 * templates), `intro`, `standfirst`, `strapline` (its British name: Future and Gamer Network templates),
 * `subheadline`, `subhead`, `subdeck` (News UK's `article__subdeck`, the line a tabloid prints under its headline,
 * while its bold first paragraph is the story's), and the lead paragraph or text of government and European
 * templates (`gem-c-lead-paragraph` on GOV.UK, `leadtext`, `article-lead-text`), and Sitefinity's news widget's summary
 * (`sfnewsSummary`, between `sfnewsAuthorAndDate` and `sfnewsContent`: the CMS of many US courts, counties and
 * agencies), and the dek's Spanish names as Spanish and Latin American newsrooms name their classes: `sumario`,
 * `bajada` and `copete` (Argentina, Chile), `entradilla` (Spain), as French templates say `chapo`.
 */
const DEK =
  /(?:^|[-_\s])(?:dek|chapo|sumario|bajada|copete|entradilla|intro|stand-?first|strap-?line|sub-?title|sub-?head(?:line)?|excerpt|lead-?(?:paragraph|text))(?:$|[-_\s])|(?:^|[-_\s])(?:sub-?)?deck(?:$|\s)|(?:^|\s)sfnewsSummary(?:$|\s)/i;
/** Where the last word of a name starts: after a space, `_` or one `-`, not a BEM modifier's `--`. */
const LAST_WORD = String.raw`(?:^|\s|_|(?<!-)-)`;
/**
 * The words of a dek printed in the page header, where a template may also call it the summary (`summary` on Times
 * of India, `GenericArticle-Summary` on SCMP), the abstract (`dd#abstract` on ScienceDaily, key-point bullets), the
 * description (`c-contentHeader_description` on Red Ventures sites: CNET, ZDNET) or the teaser (`article__teaser` on
 * Project Syndicate, German templates' `article-teaser`: under the page's own headline it is the dek) or, shortened as
 * Korean and Japanese portals write it, the `sub-tit` / `sub_tit` (sub-headlines under the title), or the subheading
 * (`centered-article-header__subheading` on Our World in Data: in the header it is no section heading), but never an
 * excerpt: an excerpt under a heading there is a teaser card's, in a menu or a list of posts. There a name ending on
 * `lead` is the lead text too (Bootstrap's `p.lead`, `article__lead`), not `lead-image` or `lead-media`, nor a
 * modifier (`article-body--lead`, the story's block).
 */
const HEADER_DEK = new RegExp(
  String.raw`(?:^|[-_\s])(?:dek|abstract|chapo|intro|stand-?first|strap-?line|sub-?title|sub[-_]?tit|sub-?head(?:line|ing)?|summary|description|teaser|lead-?(?:paragraph|text))(?:$|[-_\s])|(?:^|[-_\s])(?:sub-?)?deck(?:$|\s)|${LAST_WORD}lead(?:$|\s)`,
  'i',
);

/** The dek's own words, read off camel-case names in the header. */
const CAMEL_DEK = /(?:^|[-_\s])(?:dek|stand-?first|sub-?title|sub-?headline)(?:$|[-_\s])/i;

/**
 * True when an element is named as the article's dek by its class, id or `data-*` names (where it stands is for the
 * caller to check); `inHeader` reads the header's words instead.
 */
export function isDek(element: Element, inHeader = false): boolean {
  if (isArticleDescription(element)) return true;
  const names = namesOf(element);
  if (!inHeader) return DEK.test(names.join(' '));
  if (HEADER_DEK.test(names.join(' '))) return true;
  // Camel-case names count by their words too, for the dek's own words only (`ContentHeaderDek`, a Condé Nast test id,
  // is a `content-header-dek`; `articleDek` an `article-dek`), not "summary" (`printSummary` is a reprint box). In the
  // header only, where they were measured: inside the story's block, camel-case names were never checked as deks.
  const words = [classNames(element), ...names.slice(1).map((name) => nameWords(name ?? ''))].join(' ');
  return CAMEL_DEK.test(words);
}

/**
 * A name ending on the word "lead" (`div.lead`, `article__lead`), not `lead-image` nor `article-body--lead`, or on
 * "overview" (`article__text__overview`, as Russian business dailies name the summary atop the story's block), or on
 * the word Polish and Czech templates use for it: "wstep" (Polish "wstęp", `div.artykul-wstep`) and "perex" (Czech
 * and Slovak, `p.perex`). Or a text component styled as the lead by its modifier (`cmp-text--lead`, `text--lead`), as
 * Adobe Experience Manager's style system names the intro paragraph of a newsroom page: a modifier on a text block is
 * its style, where one on a story's body (`article-body--lead`) or picture (`image--lead`) is its place.
 */
const LEAD = new RegExp(
  String.raw`${LAST_WORD}(?:lead|overview|wstep|perex)(?:$|\s)|(?:^|[\s_-])(?:rich-?)?text--lead(?:$|\s)`,
  'i',
);

const LEAD_MEDIA = 'img, picture, video, figure, iframe, svg';

/** The parent of `element` when it wraps nothing else (no other element, no text of its own), else null. */
function onlyChildOf(element: Element): Element | null {
  const parent = element.parentElement;
  if (!parent || parent.children.length !== 1) return null;
  return hasOwnText(parent) ? null : parent;
}

/**
 * True when an element's own class, id or `data-*` names call it the lead or overview: above the story's first
 * paragraph, that is the dek the page prints (Polish and Czech portals set it in bold under the byline), also when the
 * name sits on a wrapper around nothing but it.
 */
export function isLeadDek(element: Element): boolean {
  // As for a named dek, the name may sit on a wrapper around nothing but it (`div.lead > p`).
  for (let at: Element | null = element; at; at = onlyChildOf(at)) {
    // Component classes count by their words: `SimpleBlock-module_lead__X35nD` is a `simple-block-lead`.
    const names = namesOf(at);
    // A lead holding media is the lead image or video (`div.Page-lead` around the photo and its caption).
    if (LEAD.test([classNames(at), ...names.slice(1)].join(' '))) return at.querySelector(LEAD_MEDIA) === null;
  }
  return false;
}

/** A microdata property naming the summary: `description` or `abstract`, one word of `itemprop`. */
const SUMMARY_PROP = /(?:^|\s)(?:description|abstract)(?:$|\s)/i;
/** A schema.org type of a story: `NewsArticle`, `Article`, `BlogPosting`, `ReportageNewsArticle`. */
const ARTICLE_TYPE = /(?:Article|BlogPosting|Report)\b/;

/**
 * True when microdata names an element the article's own summary: `itemprop="description"` in an `Article` item
 * that also declares its `articleBody`, outside that body (`div.opener` on Czech MAFRA portals). Whatever its class
 * says: the property names what the block is. In another item (a related story's card, a product) it is that item's
 * summary, not the dek.
 */
function isArticleDescription(element: Element): boolean {
  if (!SUMMARY_PROP.test(element.getAttribute('itemprop') ?? '')) return false;
  const item = element.parentElement?.closest('[itemscope]');
  if (!item || !ARTICLE_TYPE.test(item.getAttribute('itemtype') ?? '')) return false;
  // Only beside a declared body: without one, pages also name the story's first paragraph so (a bold
  // `p.introduction` leading the story), which is the story's.
  const body = item.querySelector('[itemprop~="articleBody"]');
  return body !== null && !body.contains(element);
}

/** Longest `data-*` value read as a name: longer ones are content or configuration, not a block's name. */
const MAX_DATA_NAME_CHARS = 40;

/** An element's class, id and short `data-*` values: the names templates give a block. */
const namesOf = (element: Element): (string | null)[] => [
  element.getAttribute('class'),
  element.id,
  ...dataNames(element),
];

/**
 * The short values of an element's `data-*` attributes, where templates name their blocks (`data-testid`, `data-qa`,
 * `data-component`, `data-gu-name="standfirst"`).
 */
function dataNames(element: Element): string[] {
  const names: string[] = [];
  for (const attribute of Array.from(element.attributes)) {
    if (attribute.name.startsWith('data-') && attribute.value.length <= MAX_DATA_NAME_CHARS)
      names.push(attribute.value);
  }
  return names;
}

/**
 * True when an element, or a wrapper around nothing but it, is named as the dek: Readability unwraps a `<div>` around
 * one `<p>` (`div.intro > p`), so the name may sit on the page's element above the one it kept. A named block holding
 * the headline is not the dek.
 */
export function isNamedDek(element: Element): boolean {
  const length = (element.textContent ?? '').trim().length;
  for (let at: Element | null = element; at; at = at.parentElement) {
    if ((at.textContent ?? '').trim().length !== length) return false;
    // A block named "intro" that holds the page's `<h1>` is the story's opening screen (headline, dek, byline and date,
    // as visual essays name it), not the dek: the dek is a block of its own inside it.
    if (isDek(at)) return at.querySelector('h1') === null;
  }
  return false;
}
