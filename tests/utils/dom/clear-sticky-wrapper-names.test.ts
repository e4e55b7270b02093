import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { clearStickyWrapperNames } from '../../../utils/dom/clear-sticky-wrapper-names';

/** The class attribute of the page's `[data-box]` after `clearStickyWrapperNames`. */
function classAfter(html: string): string | null {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  clearStickyWrapperNames(document as unknown as Document);
  return document.querySelector('[data-box]')?.getAttribute('class') ?? null;
}

describe('clearStickyWrapperNames', () => {
  it('should take the Theia Sticky Sidebar wrapper’s name off the story’s column', () => {
    expect(
      classAfter('<div id="main"><div data-box class="theiaStickySidebar"><article><h1>T</h1></article></div></div>'),
    ).toBe('');
  });

  it('should keep the other names of the wrapper', () => {
    expect(classAfter('<div data-box class="theiaStickySidebar inner"><p>Text</p></div>')).toBe('inner');
  });

  it.each([
    ['a real sidebar column', 'sidebar penci-sidebar-right'],
    ['a theme’s sticky sidebar', 'jeg_sticky_sidebar'],
    ['a sidebar named like the plugin in a longer word', 'theiaStickySidebarRight'],
    ['a block with no such word', 'entry-content'],
  ])('should keep the names of %s', (_case, names) => {
    expect(classAfter(`<div data-box class="${names}"><p>Text</p></div>`)).toBe(names);
  });
});
