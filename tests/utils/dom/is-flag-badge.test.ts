import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isFlagBadge } from '../../../utils/dom/is-flag-badge';

/** The element marked `data-probe` in a page fragment, and whether it is a flag badge. */
const probe = (html: string): boolean => {
  const doc = parseHTML(`<html><body><article>${html}</article></body></html>`).document as unknown as Document;
  const element = doc.querySelector('[data-probe]');
  if (!element) throw new Error('no probe');
  return isFlagBadge(element);
};

describe('isFlagBadge', () => {
  it.each([
    ["a guide entry's flag in a CSS module", '<div class="styles_newBadge__2yR4k" data-probe>New to the guide</div>'],
    ["a story's premium flag", '<span class="article__premium-label premium-badge" data-probe>Premium</span>'],
    ["a product card's pick", '<div class="product-card__badge" data-probe>Best Overall</div>'],
  ])('should read %s as a flag badge', (_case, html) => {
    expect(probe(html)).toBe(true);
  });

  it.each([
    [
      'a block named a badge holding sentences',
      '<div class="badge-note" data-probe>We visited twice. The kitchen was closed on Mondays.</div>',
    ],
    [
      'a block named a badge holding a paragraph',
      '<div class="entry-badge" data-probe>The dumplings are folded in the front window every morning by the owners</div>',
    ],
    ['a heading named a badge', '<h3 class="badge-heading" data-probe>New to the guide</h3>'],
    ['a short label with another name', '<div class="kicker" data-probe>New to the guide</div>'],
    ['a word that only holds the letters of a badge', '<span class="badger-cull" data-probe>Badger cull</span>'],
  ])('should keep %s', (_case, html) => {
    expect(probe(html)).toBe(false);
  });
});
