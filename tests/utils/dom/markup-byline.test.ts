import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { markupByline } from '../../../utils/dom/markup-byline';

const STORY =
  '<p>Voters in Pine Hollow approved the five-year library levy on Tuesday by 212 votes, ending a two-year fight.</p>';

const bylineOf = (html: string): string | undefined => {
  const { document } = parseHTML(`<html><body><article>${html}</article></body></html>`);
  return markupByline((document.querySelector('h1') as unknown as Element | null) ?? undefined);
};

describe('markupByline', () => {
  it.each([
    [
      'GoDaddy’s date | author paragraphs (`data-aid="BLOG_POST_AUTHOR"`)',
      '<h1>Levy passes</h1><div><p data-aid="BLOG_POST_DATE">May 13, 2026</p><p>&nbsp;|&nbsp;</p><p data-aid="BLOG_POST_AUTHOR">Rosalind Marsh</p></div>',
      'Rosalind Marsh',
    ],
    [
      'an author-named span with "By"',
      '<h1>Levy passes</h1><span class="post-author">By Ana de la Cruz</span>',
      'Ana de la Cruz',
    ],
    ['microdata', '<h1>Levy passes</h1><span itemprop="author">J. R. Okafor</span>', 'J. R. Okafor'],
  ])('should read the name from %s', (_case, header, name) => {
    expect(bylineOf(`${header}${STORY}`)).toBe(name);
  });

  it.each([
    ['an author element after the story begins', `<h1>Levy passes</h1>${STORY}<p class="author">Rosalind Marsh</p>`],
    [
      'an author’s avatar and bio box',
      '<h1>Levy passes</h1><div class="author-bio">Rosalind Marsh</div><img class="author-avatar">',
    ],
    ['a label, not a name', '<h1>Levy passes</h1><span class="author-label">Written by</span>'],
    ['a link’s label in the author’s block', '<h1>Levy passes</h1><a class="author-link">View Profile</a>'],
    ['an author element before the headline', '<span class="author">Rosalind Marsh</span><h1>Levy passes</h1>'],
  ])('should read none from %s', (_case, header) => {
    expect(bylineOf(`${header}${STORY}`)).toBeUndefined();
  });
});
