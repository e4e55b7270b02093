/** A repeat shorter than this (characters, once normalised) may be a coincidence: a stock phrase, a short heading. */
const MIN_QUOTE_CHARS = 40;
/** A pull quote is a sentence or two; a longer block quote is a passage the story quotes, kept whatever it repeats. */
const MAX_QUOTE_CHARS = 400;
/** Quote marks, dashes and other punctuation a designer adds or drops, and white space, read as one space. */
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
/** The elements a template sets a pull quote in. A repeated `<p>` is the story's own (a refrain, a verse said twice). */
const QUOTE_TAGS = new Set(['BLOCKQUOTE', 'ASIDE']);

/** Text's words in lower case, one space apart, without punctuation: the form a pull quote and its source share. */
const wordsOf = (text: string): string => ` ${text.toLowerCase().replace(NOT_WORD, ' ').trim()} `;

/** The text of `root`'s text nodes, one space between nodes: adjacent blocks' words (`city</p><p>The`) stay apart. */
function spacedText(root: Node): string {
  const parts: string[] = [];
  const stack: Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType === 3) parts.push((node as Text).data);
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return parts.join(' ');
}

/**
 * A test for pull quotes in the story `root`: a short `<blockquote>` or `<aside>` whose words the story prints again,
 * in the same order, elsewhere (the sentence said in a paragraph, set large beside it). A reader would read it twice;
 * the story keeps it where it is said. Class names need not say "pullquote": hashed ones (`css-1x2y3z`) say nothing.
 */
export function pullQuoteTest(root: Element): (element: Element) => boolean {
  let story: string | undefined;
  return (element) => {
    if (!QUOTE_TAGS.has(element.tagName.toUpperCase())) return false;
    const quote = wordsOf(spacedText(element));
    if (quote.length < MIN_QUOTE_CHARS || quote.length > MAX_QUOTE_CHARS) return false;
    story ??= wordsOf(spacedText(root));
    const first = story.indexOf(quote);
    return first >= 0 && story.indexOf(quote, first + 1) >= 0;
  };
}
