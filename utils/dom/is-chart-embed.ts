import { textOf } from './text-of';

/** Embeds a chart is drawn in: a Datawrapper or Flourish frame, an SVG, a canvas, an image. */
const EMBEDS = 'iframe, svg, canvas, object, embed, img, picture';
const EMBED_TAGS = new Set(['IFRAME', 'SVG', 'CANVAS', 'OBJECT', 'EMBED', 'IMG', 'PICTURE']);

/** True for a chart's embed with no text of its own: a frame, or a block holding only a chart's frame or image. */
export function isChartEmbed(element: Element): boolean {
  if (EMBED_TAGS.has(element.tagName.toUpperCase())) return true;
  return textOf(element).length === 0 && element.querySelector(EMBEDS) !== null;
}
