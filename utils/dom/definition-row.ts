/**
 * A term or value of a row holds at most this many characters: a spec's name and value ("Power (claimed)", "1700W"),
 * as a table's data cell. A glossary's definition in prose keeps a line of its own.
 */
const MAX_FIELD_CHARS = 80;

/**
 * A row's wrapper: a `<div>` as the page writes it, or a `<p>` where Readability rewrote a `<div>` holding no block it
 * knows (it does not count `<dt>` and `<dd>` as blocks).
 */
const ROW_TAGS = new Set(['DIV', 'P']);

/**
 * True when `row` is one row of a definition list grouped as HTML allows (`<dl><div><dt>Power</dt><dd>1700W</dd></div>
 * …</dl>`): a `<div>` in a `<dl>` holding one term and its short values only. Spec lists and product facts are built
 * so (Which?, shop and review templates, schema-driven CMS components), and the page's style lays each row out on one
 * line ("Power (claimed) 1700W"), as a table's row. A list without the rows' `<div>`s says nothing of its layout and
 * keeps its terms and values on lines of their own.
 */
export function isDefinitionRow(row: Element): boolean {
  if (!ROW_TAGS.has(row.tagName.toUpperCase()) || row.parentElement?.tagName.toUpperCase() !== 'DL') return false;
  let terms = 0;
  let values = 0;
  for (let child = row.firstElementChild; child; child = child.nextElementSibling) {
    const tag = child.tagName.toUpperCase();
    if (tag === 'DT' && values === 0) terms++;
    else if (tag === 'DD' && terms === 1) values++;
    else return false;
    if ((child.textContent ?? '').trim().length > MAX_FIELD_CHARS) return false;
  }
  return terms === 1 && values > 0;
}
