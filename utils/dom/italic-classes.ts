/**
 * A class the page's own style sheet sets in italics with a rule of its own (`.c9{…;font-style:italic}`): Google Docs'
 * "Publish to the web" pages, Word's and other document tools' HTML exports style every run of text by a generated
 * class in a `<style>` of the page, never inline, so an italic caption is a `<span class="c9">`. Only a rule whose
 * selector is the one class (alone or in a list) counts.
 */
const ITALIC_CLASS_RULE = /(?:^|[},])\s*\.(-?[A-Za-z_][\w-]*)\s*\{[^}]*?font-style\s*:\s*italic/g;

/** The italic classes of each document read so far: the style sheets are read once per page. */
const italicClasses = new WeakMap<Document, ReadonlySet<string>>();

/** The classes the page's `<style>` elements set in italics by a one-class rule. */
function italicClassesOf(doc: Document): ReadonlySet<string> {
  let classes = italicClasses.get(doc);
  if (classes === undefined) {
    const found = new Set<string>();
    for (const style of doc.querySelectorAll('style')) {
      for (const match of (style.textContent ?? '').matchAll(ITALIC_CLASS_RULE)) if (match[1]) found.add(match[1]);
    }
    classes = found;
    italicClasses.set(doc, classes);
  }
  return classes;
}

/** True when one of the element's classes is set in italics by a one-class rule of the page's style sheet. */
export function hasItalicClass(element: Element): boolean {
  const value = element.getAttribute('class');
  if (!value) return false;
  const classes = italicClassesOf(element.ownerDocument);
  if (classes.size === 0) return false;
  return value.split(/\s+/).some((name) => classes.has(name));
}
