/** Notion's label on the table of a database page's properties, as every public Notion page serves it. */
const PROPERTIES_LABEL = /^\s*page properties\s*$/i;
/** The same table as Notion renderers (react-notion-x, Super.so, Potion) name it. */
const PROPERTIES_CLASS = /(?:^|\s)notion-(?:collection-)?page-properties(?:\s|$)/i;

/**
 * The properties table of a page published from a Notion database (a widespread convention: every notion.site page and
 * the sites built on them): rows of a property's name and value ("Published", "Author", "Tags" and their chips) between
 * the title and the text. The document tool's record of the page, read as its metadata at most, never its text.
 */
export function isPageProperties(element: Element): boolean {
  return (
    PROPERTIES_LABEL.test(element.getAttribute('aria-label') ?? '') ||
    PROPERTIES_CLASS.test(element.getAttribute('class') ?? '')
  );
}
