import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { clearBookmarkIds } from '../../../utils/dom/clear-bookmark-ids';

function bodyAfter(html: string): string {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  clearBookmarkIds(document as unknown as Document);
  return document.body.innerHTML;
}

describe('clearBookmarkIds', () => {
  it("should take BookStack's bookmark ids off every block", () => {
    expect(
      bodyAfter(
        '<div class="page-content"><h3 id="bkmrk-winter-social">Winter social</h3><p id="bkmrk-tickets">Tickets.</p></div>',
      ),
    ).toBe('<div class="page-content"><h3>Winter social</h3><p>Tickets.</p></div>');
  });

  it('should keep other ids', () => {
    const page = '<div id="social-share">Share</div><h2 id="winter-social">Winter social</h2>';
    expect(bodyAfter(page)).toBe(page);
  });
});
