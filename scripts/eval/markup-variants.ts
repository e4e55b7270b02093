/**
 * Markup transforms for the invented pages' robustness lines: each rewrites a page as another template would set the
 * same story (paragraphs as `<div>`s, paragraphs as text closed by line breaks, no semantic tags, headings as styled
 * divs, no metadata), keeping its text. The invented pages are written in the markup their sites use; these lines show
 * how much of the score rests on that markup, as the hashed line shows for class names.
 */

export interface MarkupVariant {
  /** Short label printed on the eval line. */
  name: string;
  /** What the transform does, for the line's note. */
  what: string;
  apply: (doc: Document) => void;
}

/** Replaces an element with one of another tag, keeping its attributes and children. */
function renameTag(element: Element, tag: string): void {
  const renamed = element.ownerDocument.createElement(tag);
  for (const { name, value } of [...element.attributes]) renamed.setAttribute(name, value);
  while (element.firstChild) renamed.appendChild(element.firstChild);
  element.replaceWith(renamed);
}

function renameAll(doc: Document, selector: string, tag: string): void {
  for (const element of [...doc.querySelectorAll(selector)]) renameTag(element, tag);
}

/** A paragraph's content left in its parent, closed by two line breaks, as old CMSs and blog editors set paragraphs. */
function unwrapParagraphs(doc: Document): void {
  for (const paragraph of [...doc.querySelectorAll('body p')]) {
    const fragment = doc.createDocumentFragment();
    while (paragraph.firstChild) fragment.appendChild(paragraph.firstChild);
    fragment.appendChild(doc.createElement('br'));
    fragment.appendChild(doc.createElement('br'));
    paragraph.replaceWith(fragment);
  }
}

/** The HTML5 sectioning and figure tags a template may leave out in favour of classed divs. */
const SEMANTIC_TAGS = 'body article, body main, body header, body footer, body aside, body nav, body section';

export const MARKUP_VARIANTS: readonly MarkupVariant[] = [
  {
    name: 'paragraphs as divs',
    what: 'every <p> a <div> with the same attributes',
    apply: (doc) => renameAll(doc, 'body p', 'div'),
  },
  {
    name: 'paragraphs as line breaks',
    what: "every <p>'s content left in its parent, closed by <br><br>",
    apply: unwrapParagraphs,
  },
  {
    name: 'headings as divs',
    what: 'every <h1>-<h6> a <div> with the same attributes',
    apply: (doc) => renameAll(doc, 'body h1, body h2, body h3, body h4, body h5, body h6', 'div'),
  },
  {
    name: 'no semantic tags',
    what: 'article, main, header, footer, aside, nav and section made <div>s',
    apply: (doc) => renameAll(doc, SEMANTIC_TAGS, 'div'),
  },
  {
    name: 'no metadata',
    what: 'JSON-LD and every <meta> removed',
    apply: (doc) => {
      for (const element of [...doc.querySelectorAll('script[type="application/ld+json"], meta')]) element.remove();
    },
  },
];
