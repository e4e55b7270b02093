import { hasOwnText } from './has-own-text';
import { PHRASING_TAGS } from './phrasing-tags';
import { isCondensedRepeat } from './is-condensed-repeat';
import { isTweetBox } from './is-tweet-box';
import { foldWords } from '../text/fold-words';
import { EMPHASIS_TAGS, wholeTextIn } from './whole-text-in';

/** A repeat shorter than this (characters, once normalised) may be a coincidence: a stock phrase, a short heading. */
const MIN_QUOTE_CHARS = 40;
/**
 * A quote element whose words are all in quote marks is a quoted line, and its repeat in the story no coincidence even
 * when short ("“Today we got one.”", "“We asked for the land to be used.”", set large beside the paragraph saying it).
 */
const MIN_MARKED_QUOTE_CHARS = 15;
/** A pull quote is a sentence or two; a longer block quote is a passage the story quotes, kept whatever it repeats. */
const MAX_QUOTE_CHARS = 400;
/**
 * The elements a template sets a pull quote in. A repeated `<p>` is the story's own (a refrain, a verse said twice).
 */
const QUOTE_TAGS = new Set(['BLOCKQUOTE', 'ASIDE']);
/** The plain boxes a template sets a quoted paragraph apart in, as a pull quote without a quote element. */
const BOX_TAGS = new Set(['DIV', 'ASIDE', 'SECTION']);
/** The attribution under a pull quote ("Ann Lee, county administrator"): not part of the words the story repeats. */
const ATTRIBUTION_TAGS = new Set(['CITE', 'FOOTER', 'FIGCAPTION']);
/**
 * Where a pull quote may leave words out: between its sentences ("…,” she said. “…"), at an ellipsis or dash, and at
 * a comma, where a designer cuts a clause from the middle ("… in a living room, and it outgrew …").
 */
const QUOTE_BREAK = /[.!?;…,]+|\s[—–]\s/u;
/** The most a pull quote leaves out between two of its sentences (characters): an attribution, not a paragraph. */
const MAX_ELISION_CHARS = 60;
/**
 * The most it leaves out when what it leaves out is an attribution by its verb ("…,” said Lionel Hartigan, a labor
 * economist who studies the academic workforce. “…"): a speaker's name and role run longer than a bare "she said".
 */
const MAX_ATTRIBUTION_ELISION_CHARS = 120;
/** A verb of saying in the past, as a story attributes a quote ("said", "told", "added"); "says so" reports. */
const SAID = '(?:said|told|added|explained|wrote|recalled|noted|argued|asked)';
/**
 * The words left out read as an attribution: the verb among their first four words ("said Lionel Hartigan, a labor
 * economist …", "Dhillon told the committee") or last ("Lionel Hartigan, a labor economist at Cornell, said"). A verb
 * deep inside is the quote's own words ("Nobody is being asked to …"), as when the search ran on past the quote's end
 * into the next paragraph that says it.
 */
const ATTRIBUTION = new RegExp(`^\\s*(?:\\S+\\s+){0,3}${SAID}\\b|\\b${SAID}\\s*$`, 'u');
/** The first sentence of a shortened quote must be this long (characters) to tell where it was said. */
const MIN_ANCHOR_CHARS = 20;
/** Such a paragraph quotes someone, in marks: a bold line of the writer's own (a blog's lead-in) is the story. */
const IN_QUOTE_MARKS = /^\s*["“„«‘'].*["”»’']\s*$/su;

/** A line closing as a sentence does. */
const SENTENCE_CLOSE = /[.!?]["”’]?$/u;
/** A line opening on a quote mark: the quote's own words, not who said them. */
const OPENS_QUOTE = /^["“„«‘']/u;
/**
 * The attribution a template sets beside its pull quote ("Ann Lee", "— Ann Lee, county administrator"), in characters.
 */
const MAX_ATTRIBUTION_CHARS = 80;
/** A sentence that goes on past its end: the line beside the quote says something, it does not name who said it. */
const GOES_ON = /[.!?]["”’]?\s+\S/u;

/** Text's words in lower case, one space apart, without punctuation: the form a pull quote and its source share. */
const wordsOf = (text: string): string => ` ${foldWords(text)} `;

/**
 * The text of `root`'s text nodes, one space between nodes: adjacent blocks' words (`city</p><p>The`) stay apart.
 * Without `cite`, `footer` and `figcaption` below the root when `quoted`: the quote's own words only.
 */
function spacedText(root: Node, quoted = false): string {
  const parts: string[] = [];
  const stack: Node[] = [root];
  const attribution = quoted ? lastAttribution(root as Element) : undefined;
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType === 3) parts.push((node as Text).data);
    if (quoted && node !== root && ATTRIBUTION_TAGS.has((node as Element).tagName?.toUpperCase() ?? '')) continue;
    if (node === attribution) continue;
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return parts.join(' ');
}

/**
 * The attribution a template sets as the quote element's last block instead of a `cite` (Brightspot's
 * `<blockquote class="Quote-wrapper"><p>“…”</p><div class="Quote-attribution">Ann Lee, mayor</div>`): a short line
 * after the quoted words, not opening on a quote mark and not a sentence that goes on. Left out of the words the story
 * must repeat; a passage the story quotes whole keeps its last line, since the rest is then said only once.
 */
function lastAttribution(quote: Element): Element | undefined {
  const last = quote.lastElementChild;
  if (!last || quote.children.length < 2 || hasOwnText(quote)) return undefined;
  const text = (last.textContent ?? '').trim();
  if (text.length === 0 || text.length > MAX_ATTRIBUTION_CHARS || GOES_ON.test(text)) return undefined;
  return OPENS_QUOTE.test(text) ? undefined : last;
}

/** Whether the words a pull quote leaves out between two sentences are few, or an attribution. */
const isElision = (left: string): boolean =>
  left.length <= MAX_ELISION_CHARS || (left.length <= MAX_ATTRIBUTION_ELISION_CHARS && ATTRIBUTION.test(left));

/**
 * True when the quote's sentences (`pieces`, in word form) are said in the story in order with a few words between
 * them (" she said "), as a pull quote shortens a quote. A verbatim repeat is found by the caller, not here.
 */
function isShortenedRepeat(story: string, pieces: readonly string[]): boolean {
  const [head, ...rest] = pieces;
  if (!head || rest.length === 0 || head.length < MIN_ANCHOR_CHARS) return false;
  for (let from = story.indexOf(head); from >= 0; from = story.indexOf(head, from + 1)) {
    let end = from + head.length - 1;
    let left = 0;
    for (const piece of rest) {
      const next = story.indexOf(piece, end);
      if (next < 0 || !isElision(story.slice(end, next))) {
        left = -1;
        break;
      }
      left += next - end;
      end = next + piece.length - 1;
    }
    if (left > 0) return true;
  }
  return false;
}

/**
 * A `<p>` whose whole text sits in one emphasis element, in quote marks: how block editors set a pull quote as a
 * paragraph of its own (`<p><strong>“…”</strong></p>`).
 */
function isEmphasisedQuote(element: Element): boolean {
  if (element.tagName.toUpperCase() !== 'P' || wholeTextIn(element, EMPHASIS_TAGS) === undefined) return false;
  return IN_QUOTE_MARKS.test(element.textContent ?? '');
}

/**
 * A `<p>` in quote marks that is all its box holds (`<div class="doc__thought"><p>«…»</p></div>`), or all but its
 * attribution line under it, or a box holding only such a line in inline tags: how templates without a quote element
 * set a pull quote apart. A `<div>` around one paragraph of the story holds no quote marks around all of it, and even
 * then it must repeat words of a longer paragraph.
 */
function isBoxedQuote(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if ((tag !== 'P' && tag !== 'DIV') || !IN_QUOTE_MARKS.test(element.textContent ?? '')) return false;
  // A box holding only the quoted line in inline tags is the box and the paragraph at once (`<div class="css-1cz5l0u">
  // <span>“…”</span></div>`, as hashed templates set a pull quote): Readability reads it as a paragraph.
  if (tag === 'DIV') return [...element.children].every((child) => PHRASING_TAGS.has(child.tagName.toUpperCase()));
  const box = element.parentElement;
  if (box === null || !BOX_TAGS.has(box.tagName.toUpperCase()) || hasOwnText(box)) return false;
  // Alone in its box, or over its attribution line ("Anneke Visser").
  if (box.children.length === 1) return true;
  const attribution = box.children.length === 2 ? lastAttribution(box) : undefined;
  // A name and a role, not a sentence of the story ("The council meets again in March.").
  return attribution === box.children[1] && !SENTENCE_CLOSE.test((attribution?.textContent ?? '').trim());
}

/** How many of `root`'s paragraphs read as each word form: a refrain prints the same paragraph twice. */
function paragraphCounts(root: Element): Map<string, number> {
  const counts = new Map<string, number>();
  for (const paragraph of root.querySelectorAll('p')) {
    const words = wordsOf(spacedText(paragraph));
    counts.set(words, (counts.get(words) ?? 0) + 1);
  }
  return counts;
}

/** A paragraph of the story and its text. */
interface StoryParagraph {
  element: Element;
  text: string;
}

/** `root`'s paragraphs with their texts, read once per story. */
const storyParagraphs = (root: Element): StoryParagraph[] =>
  [...root.querySelectorAll('p')].map((element) => ({ element, text: spacedText(element) }));

/** The texts of the story's paragraphs outside `quote` (a quote's own `<p>` says its words once more). */
const outside = (paragraphs: readonly StoryParagraph[], quote: Element): string[] =>
  paragraphs.filter(({ element }) => !quote.contains(element)).map(({ text }) => text);

/**
 * A test for pull quotes in the story `root`: a short `<blockquote>` or `<aside>` whose words the story prints again,
 * in the same order, elsewhere (the sentence said in a paragraph, set large beside it). A reader would read it twice;
 * the story keeps it where it is said. Class names need not say "pullquote": hashed ones (`css-1x2y3z`) say nothing.
 * Its attribution (`cite`) aside, and also when it leaves out the words between two sentences ("…,” she said. “…").
 * A paragraph set wholly in bold or italics and in quote marks, or alone in a box of its own and in quote marks, is
 * one too when its words are part of a longer paragraph; a paragraph the story prints twice whole (a refrain) stays.
 */
export function pullQuoteTest(root: Element): (element: Element, original?: Element) => boolean {
  let story: string | undefined;
  let paragraphs: Map<string, number> | undefined;
  let read: StoryParagraph[] | undefined;
  // `original`: the page's element the clone's stands for; Readability puts a box's only paragraph in the box's place.
  const isPullQuote = (element: Element, original?: Element): boolean => {
    const boxed = isBoxedQuote(original ?? element);
    const paragraph = boxed || isEmphasisedQuote(element);
    // A "click to tweet" box (see `isTweetBox`) sets a line of the story apart as a quote element does.
    if (!paragraph && !QUOTE_TAGS.has(element.tagName.toUpperCase()) && !isTweetBox(original ?? element)) {
      return element !== root && isAttributedQuote(element, isPullQuote);
    }
    const text = spacedText(element, true);
    const quote = wordsOf(text);
    const least = !paragraph && IN_QUOTE_MARKS.test(text) ? MIN_MARKED_QUOTE_CHARS : MIN_QUOTE_CHARS;
    if (quote.length < least || quote.length > MAX_QUOTE_CHARS) return false;
    story ??= wordsOf(spacedText(root));
    const first = story.indexOf(quote);
    const repeated = first >= 0 && story.indexOf(quote, first + 1) >= 0;
    if (!repeated) {
      const pieces = text
        .split(QUOTE_BREAK)
        .map(wordsOf)
        .filter((piece) => piece.trim().length > 0);
      // A quote boxed apart (a quoted paragraph, or a quote alone in a page builder's text box of its own) may shorten
      // the story's quote as a quote element does ("…,” he told the committee. “…"); one set in bold among the
      // paragraphs must repeat.
      // A quote element may also join whole sentences of one paragraph, leaving out those between them.
      return (
        ((!paragraph || boxed) && isShortenedRepeat(story, pieces)) ||
        (!paragraph && isCondensedRepeat(outside((read ??= storyParagraphs(root)), element), text))
      );
    }
    if (!paragraph) return true;
    paragraphs ??= paragraphCounts(root);
    return (paragraphs.get(quote) ?? 0) < 2;
  };
  return isPullQuote;
}

/**
 * A box holding a pull quote and, beside it rather than in a `cite`, its attribution line (`<div class="quote">
 * <blockquote>…</blockquote><div>Ann Lee</div></div>`, or a quoted paragraph over the name): left out whole, or the
 * name would stay as a line of its own.
 */
function isAttributedQuote(element: Element, isPullQuote: (element: Element) => boolean): boolean {
  const children = [...element.children];
  if (children.length !== 2) return false;
  // The quote element, or a quoted paragraph over its attribution (`<div><p>“…”</p><p>Anneke Visser</p></div>`).
  const quote =
    children.find((child) => QUOTE_TAGS.has(child.tagName.toUpperCase())) ??
    (isBoxedQuote(children[0] as Element) ? children[0] : undefined);
  if (!quote) return false;
  const beside = (element.textContent ?? '').replace(quote.textContent ?? '', '').trim();
  if (beside.length === 0 || beside.length > MAX_ATTRIBUTION_CHARS || GOES_ON.test(beside)) return false;
  return isPullQuote(quote);
}
