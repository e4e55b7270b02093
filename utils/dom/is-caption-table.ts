import { textWithin } from './text-within';

/** A caption is a line or two; more text than this (characters, spaces not counted) is story. */
const MAX_CAPTION_CHARS = 300;
/** A picture's table has two rows: the picture's, then the caption's. */
const ROWS = 2;
const CELL_TAGS = new Set(['TD', 'TH']);
/** What a caption cell holds none of: a list, heading, quote, player or form is content of its own. */
const NOT_CAPTION = 'img, picture, video, iframe, form, ul, ol, h1, h2, h3, h4, h5, h6, blockquote, table';
/** A caption cell is mostly words of its own; a cell of links is a teaser's title. */
const MAX_LINK_SHARE = 0.5;

/** The table's rows, its own (not a nested table's), in order; read only on a short table. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    const tag = child.tagName.toUpperCase();
    if (tag === 'TR') rows.push(child);
    else if (tag === 'TBODY' || tag === 'THEAD') for (const row of child.children) rows.push(row);
  }
  return rows;
}

/** The one cell of a row, or undefined when it has more or none. */
function onlyCell(row: Element): Element | undefined {
  const cells = [...row.children].filter((child) => CELL_TAGS.has(child.tagName.toUpperCase()));
  return cells.length === 1 && row.children.length === 1 ? cells[0] : undefined;
}

/**
 * True for a picture's caption table: two rows of one cell each, the first holding one picture and no text, the
 * second a short caption of its own words. Blogger's post editor sets every captioned picture so
 * (`table.tr-caption-container`, the caption in `td.tr-caption`), as did FrontPage-era editors: the caption has no
 * credit to tell it by, and with the class names gone (a hashed build, a copy without styles) the table's shape is all
 * that is left. A table of data has more rows or cells; a teaser's table has a linked title.
 */
export function isCaptionTable(element: Element): boolean {
  if (element.tagName.toUpperCase() !== 'TABLE') return false;
  const text = textWithin(element, MAX_CAPTION_CHARS);
  if (text === undefined || text.trim().length === 0) return false;
  const rows = rowsOf(element);
  if (rows.length !== ROWS) return false;
  const [pictureCell, captionCell] = rows.map(onlyCell);
  if (!pictureCell || !captionCell) return false;
  if (pictureCell.querySelectorAll('img').length !== 1 || (pictureCell.textContent ?? '').trim().length > 0)
    return false;
  if (captionCell.querySelector(NOT_CAPTION) !== null) return false;
  const caption = (captionCell.textContent ?? '').trim();
  let linkChars = 0;
  for (const link of captionCell.querySelectorAll('a')) linkChars += (link.textContent ?? '').trim().length;
  return caption.length > 0 && linkChars <= caption.length * MAX_LINK_SHARE;
}
