import { textOf } from './text-of';

/** A chart's caption is a line or two; more text than this (characters) is a paragraph of the story. */
const MAX_CAPTION_CHARS = 400;
/** The label a chart's caption names its data with: "Source: …", "Sources: …", "Data: …", "Chart: …". */
const SOURCE_LABEL = /(?:^|[.!?)]\s+)(?:sources?|data|chart|graphic|map)\s*:\s*\S/i;
/** Embeds a chart is drawn in: a Datawrapper or Flourish frame, an SVG, a canvas, an image. */
const EMBEDS = 'iframe, svg, canvas, object, embed, img, picture';
const EMBED_TAGS = new Set(['IFRAME', 'SVG', 'CANVAS', 'OBJECT', 'EMBED', 'IMG', 'PICTURE']);
/** Inline markup that sets a caption in italics. */
const ITALIC_TAGS = new Set(['EM', 'I']);

/** True when all the text under `node` sits in italics (`<p><em>…</em></p>`, several `<em>`s, nested markup). */
function wholeItalic(node: Node, italic: boolean): boolean {
  if (node.nodeType === 3) return italic || (node.textContent ?? '').trim().length === 0;
  const inItalic = italic || (node.nodeType === 1 && ITALIC_TAGS.has((node as Element).tagName.toUpperCase()));
  for (let child = node.firstChild; child; child = child.nextSibling) if (!wholeItalic(child, inItalic)) return false;
  return true;
}

/** True for an embed with no text of its own: a frame, or a block holding only a chart's frame or image. */
function isEmbed(element: Element): boolean {
  if (EMBED_TAGS.has(element.tagName.toUpperCase())) return true;
  return textOf(element).trim().length === 0 && element.querySelector(EMBEDS) !== null;
}

/**
 * True for a chart's caption set as a plain paragraph under it, as analysis and data desks print one under a
 * Datawrapper frame or a chart image: a short paragraph wholly in italics, right after the embed, that names its
 * data ("Share of emissions by province. Source: …"). The caption is the chart's, not a line of the story; a
 * paragraph in the story's own type, or an italic note naming no source, stays.
 */
export function isChartCaption(element: Element): boolean {
  if (element.tagName.toUpperCase() !== 'P') return false;
  const before = element.previousElementSibling;
  if (!before || !isEmbed(before)) return false;
  const text = textOf(element).trim();
  return text.length > 0 && text.length <= MAX_CAPTION_CHARS && SOURCE_LABEL.test(text) && wholeItalic(element, false);
}
