/** The cells of a table row, header or data. */
const CELL_TAGS = new Set(['TD', 'TH']);

/** A table row's cells (`<td>` and `<th>`), in order; none for a missing row. */
export function rowCells(row: Element | undefined): Element[] {
  return row ? [...row.children].filter((cell) => CELL_TAGS.has(cell.tagName.toUpperCase())) : [];
}
