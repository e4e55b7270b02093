import { isChartEmbed } from './is-chart-embed';
import { seenSibling } from './seen-sibling';

/**
 * True for a chart's data table folded under it: a `<details>` holding a table, right after the chart's picture or
 * frame, as Canada.ca's template (Statistics Canada's The Daily), UK and Australian government pages and accessible
 * chart components give the chart's numbers to screen readers and to whoever opens it ("Chart 1 - Data table and
 * description"). It repeats the chart, which is no part of the story either; a table the story shows open, or a folded
 * table that follows prose, stays.
 */
export function isChartDataTable(element: Element): boolean {
  if (element.tagName.toUpperCase() !== 'DETAILS' || element.querySelector('table') === null) return false;
  const before = seenSibling(element, 'before');
  return before !== null && isChartEmbed(before);
}
