import { readHeaderLine } from './read-header-line';
import type { Line } from './split-lines';

/** How far after a date line the next entry's date may come (its title and a paragraph or two between). */
const RUN_WINDOW = 4;

/**
 * True for a line that is a bare date, the whole line: "March 9, 2017". Not a labelled one ("Updated March 4, 2012"),
 * which only a header prints.
 */
function isDateAlone(line: Line | undefined): boolean {
  if (!line) return false;
  const fields = readHeaderLine(line);
  const span = fields?.date?.span;
  return fields?.bylines.length === 0 && !fields.rest && span?.start === line.start && span.end === line.end;
}

/**
 * True when `lines[at]`, a bare date, opens a run of dated entries: another bare date follows within a few lines, with
 * text between them. A timeline or a diary sets each entry under its date ("March 9, 2017" / "A line in the budget" /
 * its paragraph / "October 24, 2017" / …), so a one-paragraph introduction over the first entry looked like a
 * standfirst over the header's date, and the first entry lost its date to the header. A header's dates sit together
 * ("March 3, 2012" / "Updated March 4, 2012"), with no text between them.
 */
export function opensDatedRun(lines: readonly Line[], at: number): boolean {
  if (!isDateAlone(lines[at]) || isDateAlone(lines[at + 1])) return false;
  for (let i = at + 2; i <= at + 1 + RUN_WINDOW && i < lines.length; i++) if (isDateAlone(lines[i])) return true;
  return false;
}
