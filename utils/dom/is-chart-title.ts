import { isChartEmbed } from './is-chart-embed';
import { seenSibling } from './seen-sibling';
import { textOf } from './text-of';
import { rowCells } from './row-cells';

/** A chart's or table's title is a line; more text than this (characters) is a paragraph of the story. */
const MAX_TITLE_CHARS = 250;
/** A frame's title shorter than this (characters) is a generic label ("Chart", "Map"), not the chart's own title. */
const MIN_FRAME_TITLE_CHARS = 12;
/** Blocks a title is set in above its chart. */
const TITLE_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'P', 'DIV', 'SPAN']);
/**
 * A numbered figure label opening the line, as statistics offices, think tanks and journals title their charts and
 * tables: "Figure 1: …", "Chart 3. …", "Table 2 – …", "Exhibit 4: …". Prose does not open on a numbered label.
 */
const NUMBERED_LABEL = /^(?:figure|fig\.|chart|table|graphic|map|exhibit)\s*\d{1,3}[a-z]?\s*[:.–—-]\s*\S/i;
/**
 * The same label alone on the title's first line, the title under it after a line break, as Statistics Canada's and
 * other Canada.ca releases set it (`<h3>Chart 1<br><strong>Prices rise …</strong></h3>`).
 */
const LABEL_LINE = /^(?:figure|fig\.|chart|table|graphic|map|exhibit)\s*\d{1,3}[a-z]?$/i;
/** A label line is a word and a number: the text before the break is read only within this many characters. */
const MAX_LABEL_LINE_CHARS = 16;

/** True when the element's first line, up to its first `<br>`, is a numbered label alone ("Chart 1"). */
function opensOnLabelLine(element: Element): boolean {
  let line = '';
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && (child as Element).tagName.toUpperCase() === 'BR')
      return child.nextSibling !== null && LABEL_LINE.test(line.trim());
    line += child.textContent ?? '';
    if (line.length > MAX_LABEL_LINE_CHARS * 2) return false;
  }
  return false;
}

/** True for a chart's embed or a data table: what a title stands over. */
function isChart(element: Element | null): boolean {
  return element !== null && (element.tagName.toUpperCase() === 'TABLE' || isChartEmbed(element));
}

/** The chart's own title, as an accessible name: the frame's `title`, or the element its `aria-labelledby` names. */
function namesChart(element: Element, chart: Element): boolean {
  const id = element.getAttribute('id');
  if (id && (chart.getAttribute('aria-labelledby') ?? '').split(/\s+/).includes(id)) return true;
  const frame = chart.tagName.toUpperCase() === 'IFRAME' ? chart : chart.querySelector('iframe');
  const title = (frame?.getAttribute('title') ?? '').trim().toLowerCase();
  return title.length >= MIN_FRAME_TITLE_CHARS && textOf(element).toLowerCase().startsWith(title);
}

/**
 * True for a title naming the frame under the one subtitle line between them, as Datawrapper's and Flourish's embed
 * code prints them over the frame ("Vaccinations by week" / "First and second doses given …" / the frame).
 */
function namesChartUnderSubtitle(element: Element, next: Element): boolean {
  const chart = seenSibling(next, 'after');
  return chart !== null && isChart(chart) && namesChart(element, chart) && isChartSubtitle(next, element);
}

/** True for a numbered title ("Figure 1: …") right over its chart, or over the one subtitle line above the chart. */
function isNumberedTitle(element: Element, text: string): boolean {
  if (!NUMBERED_LABEL.test(text) && !opensOnLabelLine(element)) return false;
  const next = seenSibling(element, 'after');
  if (isChart(next)) return true;
  return next !== null && isChartSubtitle(next, element);
}

/** A subtitle between a numbered title and its chart: a short line that is not a sentence of the story. */
function isChartSubtitle(element: Element, title: Element): boolean {
  const text = textOf(element);
  return (
    TITLE_TAGS.has(element.tagName.toUpperCase()) &&
    text.length > 0 &&
    text.length <= MAX_TITLE_CHARS &&
    !/[.!?]["”’]?$/.test(text) &&
    seenSibling(element, 'before') === title &&
    isChart(seenSibling(element, 'after'))
  );
}

/** A data cell of the row under a title row holds at most this many characters: a label or a value, not prose. */
const MAX_DATA_CELL_CHARS = 80;
/** What makes a cell a layout cell rather than a line of data. */
const CELL_BLOCKS = 'p, div, table, ul, ol, img, h1, h2, h3';

/** Row groups of a table: a row's parent, when it is not the table itself. */
const ROW_GROUPS = new Set(['THEAD', 'TBODY', 'TFOOT']);

/** True when no row comes before `row` in its table (a caption or column group may). */
function opensTable(row: Element): boolean {
  if (row.previousElementSibling?.tagName.toUpperCase() === 'TR') return false;
  const group = row.parentElement;
  if (!group || !ROW_GROUPS.has(group.tagName.toUpperCase())) return group?.tagName.toUpperCase() === 'TABLE';
  for (let before = group.previousElementSibling; before; before = before.previousElementSibling)
    if (ROW_GROUPS.has(before.tagName.toUpperCase()) || before.tagName.toUpperCase() === 'TR') return false;
  return true;
}

/** The two rows after `row` in its table, across row groups (`<thead>` to `<tbody>`). */
function rowsAfter(row: Element): Element[] {
  const rows: Element[] = [];
  let at: Element | null = row.nextElementSibling;
  let group: Element | null = row.parentElement;
  while (rows.length < 2) {
    if (at) {
      if (at.tagName.toUpperCase() === 'TR') rows.push(at);
      at = at.nextElementSibling;
    } else if (group && ROW_GROUPS.has(group.tagName.toUpperCase())) {
      group = group.nextElementSibling;
      at = group && ROW_GROUPS.has(group.tagName.toUpperCase()) ? group.firstElementChild : null;
    } else break;
  }
  return rows;
}

/**
 * True for a table's title set as its first row, one header cell spanning the columns (`<thead><tr><th colspan="2">
 * Specs at a glance: Larkspur Board 4</th></tr></thead>`, as Ars Technica heads its spec tables), over rows of two or
 * more short data cells: the markup makes it the table's heading, as a `<caption>`. A spanning data cell (`<td
 * colspan="6">Core 8000 Series</td>`, an old review's first row) is a row of the table like the others, and stays; a
 * layout table's banner row stands over long cells or blocks; a group label inside the table (not its first row) is a
 * line of the data.
 */
function isTitleRow(row: Element): boolean {
  const [cell, ...others] = rowCells(row);
  if (!cell || others.length > 0 || cell.tagName.toUpperCase() !== 'TH') return false;
  if (Number(cell.getAttribute('colspan') ?? '1') < 2) return false;
  const text = textOf(cell);
  if (text.length === 0 || text.length > MAX_TITLE_CHARS || cell.querySelector(CELL_BLOCKS)) return false;
  if (!opensTable(row)) return false;
  const [second, third] = rowsAfter(row);
  const next = rowCells(second);
  return (
    third !== undefined &&
    next.length >= 2 &&
    next.every((data) => textOf(data).length <= MAX_DATA_CELL_CHARS && data.querySelector(CELL_BLOCKS) === null)
  );
}

/**
 * True for a chart's or data table's title printed as text over it: a table's `<caption>`; the block a table or
 * frame names as its label (`aria-labelledby`, as TablePress links its table name); a heading repeating the title of
 * the Datawrapper or Flourish frame under it (the embed code carries the chart's title), also over a subtitle line
 * between them; or a numbered "Figure 1: …"
 * title with the subtitle under it; a data table's first row when it is one cell across the columns ("Specs at a
 * glance: …" over the spec rows). The title is the chart's, like a picture's caption; the table's rows stay the
 * story, and a subheading over a section that goes on in prose is not next to a chart and stays.
 */
export function isChartTitle(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (tag === 'CAPTION') return element.parentElement?.tagName.toUpperCase() === 'TABLE';
  if (tag === 'TR') return isTitleRow(element);
  if (!TITLE_TAGS.has(tag)) return false;
  const text = textOf(element);
  if (text.length === 0 || text.length > MAX_TITLE_CHARS) return false;
  const next = seenSibling(element, 'after');
  if (next && isChart(next) && namesChart(element, next)) return true;
  if (next && namesChartUnderSubtitle(element, next)) return true;
  if (isNumberedTitle(element, text)) return true;
  const before = seenSibling(element, 'before');
  return before !== null && isNumberedTitle(before, textOf(before)) && isChartSubtitle(element, before);
}
