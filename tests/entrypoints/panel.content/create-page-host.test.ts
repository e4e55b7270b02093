// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { commentElements, createPageHost } from '../../../entrypoints/panel.content/create-page-host';
import { COLLAPSED_ATTRIBUTE } from '../../../utils/dom/collapse-on-page';
import type { PageDoc, Span } from '../../../utils/model';

/** Comments whose paragraphs sit at 10·i … 10·i + 5 in an imagined text; `locate` says which element holds each. */
function docWith(count: number): PageDoc {
  const comments = Array.from({ length: count }, (_, i) => ({
    id: `c${i + 1}`,
    paragraphs: [{ text: 'x', start: i * 10, end: i * 10 + 5 }],
  }));
  return { comments } as unknown as PageDoc;
}

const mapOver = (elements: (Element | undefined)[]) => ({
  elementFor: (span: Span) => elements[Math.floor(span.start / 10)],
  rangesFor: () => [],
});

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML =
    '<section id="all"><div id="a">one</div><div id="b">two</div><div id="c">three</div></section>';
});

const byId = (id: string) => document.getElementById(id) ?? undefined;

describe('commentElements', () => {
  it('should give each comment its own element', () => {
    const found = commentElements(docWith(3), mapOver([byId('a'), byId('b'), byId('c')]));
    expect([...found].map(([id, element]) => [id, element.id])).toEqual([
      ['c1', 'a'],
      ['c2', 'b'],
      ['c3', 'c'],
    ]);
  });

  it.each([
    ['an element holding a neighbour', () => [byId('all'), byId('b'), byId('c')], ['c2', 'c3']],
    ['one element shared by two comments', () => [byId('a'), byId('a'), byId('c')], ['c3']],
    ['no element at all', () => [undefined, byId('b'), byId('c')], ['c2', 'c3']],
  ])('should leave out %s', (_case, elements, kept) => {
    expect([...commentElements(docWith(3), mapOver(elements())).keys()]).toEqual(kept);
  });
});

describe('createPageHost', () => {
  it('should collapse the page’s own comment elements by id, reversibly', () => {
    const host = createPageHost(docWith(3), mapOver([byId('a'), byId('b'), byId('c')]) as never, vi.fn());
    host.setCollapsedOnPage?.(['c2'], true);
    expect(byId('b')?.hasAttribute(COLLAPSED_ATTRIBUTE)).toBe(true);
    expect(byId('a')?.hasAttribute(COLLAPSED_ATTRIBUTE)).toBe(false);
    host.setCollapsedOnPage?.(['c2'], false);
    expect(byId('b')?.hasAttribute(COLLAPSED_ATTRIBUTE)).toBe(false);
  });

  it('should offer no page collapse when no comment element is known', () => {
    const host = createPageHost(docWith(2), mapOver([]) as never, vi.fn());
    expect(host.setCollapsedOnPage).toBeUndefined();
  });

  it('should close through the given callback', () => {
    const close = vi.fn();
    createPageHost(docWith(0), mapOver([]) as never, close).close();
    expect(close).toHaveBeenCalledOnce();
  });
});
