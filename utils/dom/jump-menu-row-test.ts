import { textWithin } from './text-within';

/**
 * Text a jump menu's row holds beside the menu (characters, spaces not counted): its label ("Jump to page:"), a
 * next-page link ("Test Bed and Setup") and a print button, not a sentence of the story.
 */
const MAX_ROW_LABEL_CHARS = 80;
const SPACES = /\s+/g;

/**
 * A test for the rows around a drop-down menu with a short label or link beside it: a paged review's page picker
 * ("1 : Eight Cores, Mainstream Socket" … over "Next page" and "Print this article", as AnandTech, Tom's Hardware and
 * older magazine sites set one above and below each page), a chapter or issue picker, a sort menu. Readability drops
 * the `<select>` from its copy and keeps the link and label beside it as a line of the story. Every menu's rows are
 * found once per page, walking up from the menu while the text beside it stays a label's: each test is then a lookup.
 */
export function jumpMenuRowTest(doc: Document): (element: Element) => boolean {
  const rows = new Set<Element>();
  for (const menu of doc.getElementsByTagName('select')) {
    const menuChars = (menu.textContent ?? '').replace(SPACES, '').length;
    for (let row = menu.parentElement; row && row !== doc.body; row = row.parentElement) {
      if (textWithin(row, menuChars + MAX_ROW_LABEL_CHARS) === undefined) break;
      rows.add(row);
    }
  }
  return (element) => rows.has(element);
}
