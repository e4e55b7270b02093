import { isChartDataTable } from './is-chart-data-table';
import { isChartEmbed } from './is-chart-embed';
import { seenSibling } from './seen-sibling';
import { textOf } from './text-of';

/** A chart's caption is a line or two; more text than this (characters) is a paragraph of the story. */
const MAX_CAPTION_CHARS = 400;
/** The label a chart's caption names its data with: "Source: …", "Sources: …", "Data: …", "Chart: …". */
const SOURCE_LABEL = /(?:^|[.!?)]\s+)(?:sources?|source\(s\)|data|chart|graphic|map)\s*:\s*\S/i;
/**
 * The same labels opening the line, and a chart's "Note:" beside them: a credit line in the story's own type under a
 * chart or table ("Source: Bureau of Labor Statistics", "Map: Ann Lee / The Ledger • Source: …", "Notes: …"), as
 * Datawrapper, Flourish and TablePress users and statistics offices print it ("Source(s): Table 46-10-0092-01.", as
 * Statistics Canada does). Prose does not open on such a label.
 */
const LEADING_LABEL = /^(?:sources?|source\(s\)|data|chart|graphic|map|notes?|note\(s\))\s*:\s*\S/i;
/** A note's label alone, which a writer's aside opens on too ("Note: Save your work first."). */
const NOTE_LABEL = /^(?:notes?|note\(s\))\s*:/i;
/** A line opening on a source's label: the credit a chart's note stands beside. */
const LEADING_SOURCE = /^(?:sources?|source\(s\)|data)\s*:\s*\S/i;
/** The frames a chart is drawn in; a bare `<img>` may as well be a screenshot. */
const CHART_FRAMES = 'iframe, svg, canvas, object, embed';
const CHART_FRAME_TAGS = new Set(['IFRAME', 'SVG', 'CANVAS', 'OBJECT', 'EMBED']);

/**
 * True for a "Note:" line under a picture that is no chart's: it names no source and no source line follows it. How-to
 * writers open an aside on "Note:" right under a screenshot ("Note: Closing a handle can crash the program."); a
 * chart's note under its image stands with the chart's source line ("Note: … Source: …", or "Source: …" under it).
 */
function isAsideUnderPicture(element: Element, before: Element, text: string): boolean {
  if (!NOTE_LABEL.test(text) || SOURCE_LABEL.test(text)) return false;
  // Only right under a picture: under a frame or a table, or stacked under a source line, it is the chart's.
  if (!isChartEmbed(before) || CHART_FRAME_TAGS.has(before.tagName.toUpperCase()) || before.querySelector(CHART_FRAMES))
    return false;
  const after = seenSibling(element, 'after');
  return !(after && LEADING_SOURCE.test(textOf(after)));
}

/** True when a line opens on a chart caption's label ("Source: …", "Notes: …", "Map: …"). */
export const opensOnCaptionLabel = (text: string): boolean => LEADING_LABEL.test(text);

/** Blocks a caption is set in: a paragraph, or a plain block or span (TablePress's table description). */
const CAPTION_TAGS = new Set(['P', 'DIV', 'SPAN']);
/** Caption lines stacked under one chart ("Source: …" over "Notes: …"); more is no chart's caption. */
const MAX_STACKED_CAPTIONS = 3;
/** Inline markup that sets a caption in italics. */
const ITALIC_TAGS = new Set(['EM', 'I']);

/** True when all the text under `node` sits in italics (`<p><em>…</em></p>`, several `<em>`s, nested markup). */
function wholeItalic(node: Node, italic: boolean): boolean {
  if (node.nodeType === 3) return italic || (node.textContent ?? '').trim().length === 0;
  const inItalic = italic || (node.nodeType === 1 && ITALIC_TAGS.has((node as Element).tagName.toUpperCase()));
  for (let child = node.firstChild; child; child = child.nextSibling) if (!wholeItalic(child, inItalic)) return false;
  return true;
}

/** The caption's own test, with how many captions may still stand between it and the chart. */
function captionOf(element: Element, stacked: number): boolean {
  if (!CAPTION_TAGS.has(element.tagName.toUpperCase())) return false;
  const before = seenSibling(element, 'before');
  if (!before) return false;
  const text = textOf(element);
  if (text.length === 0 || text.length > MAX_CAPTION_CHARS) return false;
  const labelled = LEADING_LABEL.test(text) || (SOURCE_LABEL.test(text) && wholeItalic(element, false));
  if (!labelled || isAsideUnderPicture(element, before, text)) return false;
  return (
    isChartEmbed(before) ||
    before.tagName.toUpperCase() === 'TABLE' ||
    // The chart's data table folded under it stands between the chart and its source line.
    isChartDataTable(before) ||
    (stacked > 0 && captionOf(before, stacked - 1))
  );
}

/**
 * True for a chart's caption set as a plain line under it, as analysis and data desks print one under a Datawrapper
 * or Flourish frame, a chart image or a data table: a short line right after the embed that names its data, either
 * wholly in italics ("Share of emissions by province. Source: …") or opening on the label ("Source: …", "Map: …",
 * "Notes: …"), and the lines stacked under such a caption. The caption is the chart's, not a line of the story; a
 * paragraph in the story's own type that does not open on a label, or an italic note naming no source, stays.
 */
export function isChartCaption(element: Element): boolean {
  return captionOf(element, MAX_STACKED_CAPTIONS - 1);
}
