import { textOf } from './text-of';
import { textWithin } from './text-within';
import { isPhrasing } from './phrasing-tags';

/** A sponsor box is a label, a heading and a pitch or two: more text than this (characters) is story text. */
const MAX_SPONSOR_BOX_CHARS = 600;
/** The label line is a name at most: longer (characters), it is a sentence of the story that opens the same way. */
const MAX_LABEL_CHARS = 80;
/**
 * The label a newsletter or blog prints over a paid slot in its post ("TOGETHER WITH ACME", "Sponsored by Acme",
 * "Presented by", "Brought to you by", "In partnership with", "A message from our sponsor", "Today's sponsor").
 */
const SPONSOR_LABEL =
  /^(?:together with|sponsored by|presented by|brought to you by|in partnership with|a message from|from our (?:sponsors?|partners?)|today[’']?s sponsor|this (?:post|issue|edition|newsletter) is (?:sponsored|brought to you|presented) by|paid (?:post|content|partnership)(?: by| from| with)?)\b/i;
/**
 * The type label a trade site prints over a gated or paid resource card among the paragraphs ("Whitepaper" over its
 * title, a sponsor line and "Download now"), alone on the card's first line. A heading with text under it says more.
 */
const RESOURCE_LABEL =
  /^(?:white ?paper|(?:on-demand |live )?webinar|e-?book|infographic|sponsored(?: content)?|partner content|promoted(?: content)?)$/i;
/** Blocks that hold a box; a paragraph, heading or inline run is a line, which the line rules judge. */
const LINE_TAGS = new Set([
  'P',
  'LI',
  'SPAN',
  'A',
  'EM',
  'STRONG',
  'B',
  'I',
  'SMALL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
]);

/** The first text node in an element with more than white space in it. */
function firstText(element: Element): Node | undefined {
  const walk: Node[] = [element];
  // Depth first in document order; the walk stops at the first text, so it reads a box's opening only.
  while (walk.length > 0) {
    const node = walk.pop() as Node;
    if (node.nodeType === 3 && textOf(node).length > 0) return node;
    const children = node.childNodes;
    for (let index = children.length - 1; index >= 0; index -= 1) walk.push(children[index] as Node);
  }
  return undefined;
}

/** The line a text node opens: its nearest ancestor below `box` that is not an inline run. */
function lineOf(text: Node, box: Element): Element | undefined {
  let line = text.parentElement;
  while (line && line !== box && isPhrasing(line)) {
    if (line.parentElement === box) return line;
    line = line.parentElement;
  }
  return line && line !== box ? line : undefined;
}

/**
 * True for a paid slot inside a post: a short box whose first line is a sponsor's label ("TOGETHER WITH RIDGELINE
 * CREDIT UNION" over a heading, a pitch and an "Open an account" button), as newsletter platforms print them in a
 * bordered section with no telling class. The label alone is not enough: the box must hold more than it.
 */
export function isSponsorBox(element: Element): boolean {
  if (LINE_TAGS.has(element.tagName.toUpperCase())) return false;
  // Every block is asked: only a short one has its text read.
  const text = textWithin(element, MAX_SPONSOR_BOX_CHARS);
  if (text === undefined) return false;
  if (underSponsorLabel(element)) return true;
  const opening = firstText(element);
  const line = opening && lineOf(opening, element);
  if (!line) return false;
  const label = textOf(line);
  if (textOf(element).length <= label.length) return false;
  // A resource card links to what it offers; a section a story heads "Webinar" links nowhere.
  return (
    (label.length <= MAX_LABEL_CHARS && SPONSOR_LABEL.test(label)) ||
    (RESOURCE_LABEL.test(label) && element.getElementsByTagName('a').length > 0)
  );
}

/** A label line closes on a colon or on no sentence end: "A message from Acme Energy:", "Presented by Acme". */
const LABEL_END = /(?::|[^.!?"”])$/u;

/**
 * A paid message set apart from its label: the label is the paragraph before the box ("<p><b>A message from Acme
 * Energy:</b></p><div><img><p>… See how.</p></div>", as political newsletters print it). The box must link out, as
 * a sponsor's message does; a quoted message from the mayor under such a label links nowhere.
 */
function underSponsorLabel(element: Element): boolean {
  const label = element.previousElementSibling;
  if (!label || !LINE_TAGS.has(label.tagName.toUpperCase())) return false;
  const text = textOf(label);
  return (
    text.length <= MAX_LABEL_CHARS &&
    SPONSOR_LABEL.test(text) &&
    LABEL_END.test(text) &&
    element.getElementsByTagName('a').length > 0
  );
}
