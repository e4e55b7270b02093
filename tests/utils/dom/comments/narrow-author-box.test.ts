import { describe, expect, it } from 'vitest';
import { narrowAuthorBox } from '../../../../utils/dom/comments/narrow-author-box';
import { elementOf } from '../element-of';

/** The author `narrowAuthorBox` names in `html` (the author box), with the element `.date` inside as the date. */
const narrowed = (html: string): string | null => {
  const box = elementOf(html);
  return narrowAuthorBox(box, box.querySelector('.date') ?? undefined).textContent;
};

describe('narrowAuthorBox', () => {
  it('should read the display name off a Mastodon comment’s author box holding the handle and the date', () => {
    expect(
      narrowed(
        '<div class="author"><a href="https://mastodon.social/@kirsty_rn"><span>Kirsty Obi</span><span class="disabled">@kirsty_rn@mastodon.social</span></a> <a class="date" href="#">11/02/2025, 08:02:41</a></div>',
      ),
    ).toBe('Kirsty Obi');
  });

  it('should read the name off a profile link with a Bluesky handle', () => {
    expect(narrowed('<a class="author"><b>Tess Marlowe</b><i>@tess.bsky.social</i></a>')).toBe('Tess Marlowe');
  });

  it.each([
    ['a plain name', '<span class="author">Ann Lee</span>', 'Ann Lee'],
    ['a name in two spans, no handle', '<span class="author"><b>Ann</b> <b>Lee</b></span>', 'Ann Lee'],
    [
      'a name beside a date outside the box',
      '<cite class="fn"><a>Ann Lee</a> <span>says:</span></cite>',
      'Ann Lee says:',
    ],
  ])('should leave %s as it is', (_case, html, name) => {
    expect(narrowed(html)).toBe(name);
  });
});

describe('narrowAuthorBox on a box opening on a credit word', () => {
  it('should pass over the credit word to the name', () => {
    expect(
      narrowed(
        '<div class="author"><span>by</span> <a href="/u/ann">Ann Lee</a> <span class="date">May 2</span></div>',
      ),
    ).toBe('Ann Lee');
  });
});
