import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { composedQueryAll } from '../../../utils/dom/composed-query';
import { findHeadline } from '../../../utils/dom/find-headline';

/** A linkedom document of `body` under a `<title>`. */
function page(body: string, title = 'Ferry returns to the north quay | Harbour News'): Document {
  return parseHTML(`<html><head><title>${title}</title></head><body>${body}</body></html>`)
    .document as unknown as Document;
}

describe('composedQueryAll', () => {
  it('should find elements in the page and inside declarative shadow roots, nested ones too', () => {
    const doc = page(
      '<h2>Light</h2><x-page><template shadowrootmode="open"><h2>Shadow</h2>' +
        '<x-card><template shadowroot="open"><h2>Nested</h2></template></x-card></template></x-page>',
    );
    expect(composedQueryAll(doc, 'h2').map((heading) => heading.textContent)).toEqual(['Light', 'Shadow', 'Nested']);
  });

  it('should not look inside a plain <template>, which the browser does not show', () => {
    const doc = page('<h2>Light</h2><template><h2>Later</h2></template>');
    expect(composedQueryAll(doc, 'h2').map((heading) => heading.textContent)).toEqual(['Light']);
  });
});

describe('findHeadline in a declarative shadow root', () => {
  it('should find a headline a web component prints only in its shadow root', () => {
    const doc = page(
      '<x-article><template shadowrootmode="open"><article><h1>Ferry returns to the north quay</h1>' +
        '<p>The harbour office said on Friday that the ferry would run again.</p></article></template></x-article>',
    );
    expect(findHeadline(doc)?.textContent).toBe('Ferry returns to the north quay');
  });

  it('should still prefer the page’s own heading that covers the title', () => {
    const doc = page(
      '<h1>Ferry returns to the north quay</h1><x-rail><template shadowrootmode="open"><h2>Read more</h2>' +
        '</template></x-rail>',
    );
    expect(findHeadline(doc)?.textContent).toBe('Ferry returns to the north quay');
  });
});
