import { areLabelledFacts } from './are-labelled-facts';
import { rowCells } from './row-cells';
import { textWithin } from './text-within';

/**
 * The labels of an archive's record of an item, as media hubs print it under a story, photo or video (the military's
 * visual-information hub's "NEWS INFO": "Date Taken", "Date Posted", "Story ID", "Location", "Web Views",
 * "Downloads"; stock and photo archives' "Image ID", "Resolution", "File size"). The archive's card of the item, not
 * what the story says.
 */
const RECORD_LABEL =
  /^(?:date (?:taken|posted|published|created|uploaded|shot)|(?:story|image|photo|video|asset|media|item|file) (?:id|no\.?|number)|web views|views|downloads|resolution|dimensions|file size|size|length|duration|location|photographer|posted)$/i;
/** At least this many rows, each a label and its value, at least this many under a record's label. */
const MIN_ROWS = 3;
const MIN_RECORD_LABELS = 2;
/** A record's card is a handful of short rows: more text than this (characters, spaces not counted) is a data table. */
const MAX_TABLE_CHARS = 600;
const LABEL_END = /\s*:\s*$/;

/** A row's two cells as one 'Label: value' line, or undefined when the row has another shape. */
function labelledRow(row: Element): string | undefined {
  const cells = rowCells(row);
  if (cells.length !== 2) return undefined;
  const label = (cells[0]?.textContent ?? '').replace(LABEL_END, '').trim();
  const value = (cells[1]?.textContent ?? '').trim();
  return label.length > 0 && value.length > 0 ? `${label}: ${value}` : undefined;
}

/**
 * True for a table of three or more rows, each a label cell and a value cell, two or more labelled as an archive's
 * record of the item (date taken or posted, its id, views, downloads, location). A table of the story's own data has
 * other labels, or more than two columns.
 */
export function isRecordDetailsTable(element: Element): boolean {
  if (element.tagName.toUpperCase() !== 'TABLE' || textWithin(element, MAX_TABLE_CHARS) === undefined) return false;
  const lines: string[] = [];
  for (const row of element.querySelectorAll('tr')) {
    const line = labelledRow(row);
    if (line === undefined) return false;
    lines.push(line);
  }
  return areLabelledFacts(lines, RECORD_LABEL, MIN_ROWS, MIN_RECORD_LABELS);
}
