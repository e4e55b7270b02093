import { isChartEmbed } from './is-chart-embed';
import { textWithin } from './text-within';

/** Blocks a chart's picture and its label layer sit in. */
const BOX_TAGS = new Set(['DIV', 'FIGURE', 'SECTION']);
/** A chart's labels are ticks, names and short notes: more text than this (characters, spaces aside) is no chart. */
const MAX_LABELS_CHARS = 600;

/**
 * True for a chart drawn as a picture with its labels laid over it (ai2html's artboards, a map exporter's placed
 * names): the labels ("100%", "2016", "Vallmoll") are the chart's, as a picture's caption is the picture's, and read as
 * lines of the story they would be a scatter of ticks and names. A block with any text of the story in it stays.
 */
export function isChartLabels(element: Element): boolean {
  if (!BOX_TAGS.has(element.tagName.toUpperCase())) return false;
  const text = textWithin(element, MAX_LABELS_CHARS);
  return text !== undefined && text.trim().length > 0 && isChartEmbed(element);
}
