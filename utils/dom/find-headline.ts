/** Headings shorter than this are section labels ("News", "Menu"), not a headline. */
const MIN_HEADLINE_CHARS = 10;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

const squash = (text: string): string => text.replace(NON_WORD, ' ').trim().toLowerCase();

/**
 * The element showing the article's headline: the first `h1` (then `h2`) whose text matches the page's declared
 * headline or `<title>` (which often appends the site name), else the first long enough `h1`.
 */
export function findHeadline(doc: Document, declared?: string): Element | undefined {
  const wanted = squash(declared ?? doc.querySelector('title')?.textContent ?? '');
  for (const selector of ['h1', 'h2']) {
    for (const heading of doc.querySelectorAll(selector)) {
      const text = squash(heading.textContent ?? '');
      if (text.length >= MIN_HEADLINE_CHARS && wanted.length > 0 && (wanted.includes(text) || text.includes(wanted))) {
        return heading;
      }
    }
  }
  const first = doc.querySelector('h1');
  return first && squash(first.textContent ?? '').length >= MIN_HEADLINE_CHARS ? first : undefined;
}
