import { textOf } from './text-of';
import { isUnseenTag } from './unseen-tags';

/** Embeds a chart is drawn in: a Datawrapper or Flourish frame, an SVG, a canvas, an image. */
const EMBEDS = 'iframe, svg, canvas, object, embed, img, picture';
const EMBED_TAGS = new Set(['IFRAME', 'SVG', 'CANVAS', 'OBJECT', 'EMBED', 'IMG', 'PICTURE']);
/**
 * The text layer ai2html (the New York Times' Illustrator export script, used by Reuters, the Washington Post,
 * ProPublica, the Guardian and many newsrooms) lays over a chart's image: axis ticks and series names as positioned
 * `<p>`s in each `div.g-artboard`. The chart's labels, not text of the page around it.
 */
const ARTBOARD = 'g-artboard';
/**
 * The same labels told by their layout when a build renames the classes: a box placed over the picture by its inline
 * style (`style="top:4.1%;left:0.4%"`, as ai2html and other chart and map exporters position each label). A placed
 * label is a tick, a name or a short note: longer text in a placed box is no chart's label (characters).
 */
const MAX_PLACED_LABEL_CHARS = 80;

/** A text node a reader sees holds more than white space. */
const NON_SPACE = /\S/;

/**
 * Whether a part's text is the chart's own: code or fallback, the artboard's labels, or a short placed label. Read off
 * the tag, class and style directly, not by selector matching: asked of each element the walk below meets.
 */
function isUnseenPart(part: Element): boolean {
  if (isUnseenTag(part) || part.classList.contains(ARTBOARD)) return true;
  const style = part.getAttribute('style') ?? '';
  return style.includes('top:') && style.includes('left:') && textOf(part).length <= MAX_PLACED_LABEL_CHARS;
}

/** The node after `node` and its subtree in document order, inside `root`, or null past its end. */
function nextAfter(node: Node, root: Element): Node | null {
  for (let at: Node | null = node; at && at !== root; at = at.parentNode) if (at.nextSibling) return at.nextSibling;
  return null;
}

/**
 * True when all the text under `element` is code or fallback a reader never sees, or the chart's labels (none at all
 * included). One walk that skips such parts whole and stops at the first text a reader sees: asked of the blocks
 * around titles and captions, it never reads a whole container that shows text.
 */
function showsNoText(element: Element): boolean {
  // An artboard's text is all its labels.
  if (element.classList.contains(ARTBOARD)) return true;
  let node: Node | null = element.firstChild;
  while (node && node !== element) {
    if (node.nodeType === 1 && isUnseenPart(node as Element)) {
      node = nextAfter(node, element);
      continue;
    }
    if (node.nodeType === 3 && NON_SPACE.test((node as Text).data)) return false;
    node = node.firstChild ?? nextAfter(node, element);
  }
  return true;
}

/**
 * True for a chart's embed with no text of its own: a frame, or a block holding only a chart's frame or image (with
 * the embed code's inline script, as a newsroom CMS's raw-HTML box keeps Datawrapper's code whole), or an ai2html
 * graphic with its label layer.
 */
export function isChartEmbed(element: Element): boolean {
  if (EMBED_TAGS.has(element.tagName.toUpperCase())) return true;
  // The walk stops at the first text a reader sees, before a search of a text block's subtree for a picture.
  return showsNoText(element) && element.querySelector(EMBEDS) !== null;
}
