import { describe, expect, it } from 'vitest';
import { readModernPage } from '../modern-pages/modern-page';

/**
 * The reader comments of the `modern-wpcomments-*` pages (WordPress comment plugins and themes): who wrote each one
 * and which it answers, not only how many there are. `[author, parent]`, parent as the index of the answered comment.
 */
const EXPECTED: Record<string, [string, number | undefined][]> = {
  'modern-wpcomments-newspaper-wpdiscuz-load-more': [
    ['Morwenna Hale', undefined],
    ['Tomas Kerr', 0],
    ['Jenna Lowry', 1],
    ['Gareth Polglase', undefined],
    ['Delia Marsh', 3],
    ['Pip Trevaskis', undefined],
    ['Sarah Penhallow', 5],
  ],
  'modern-wpcomments-kadence-thrive-comments': [
    ['Rosalind Mapp', undefined],
    ['Hal Brightwell', 0],
    ['Rosalind Mapp', 1],
    ['Ben Okafor', undefined],
    ['Nell Ashcroft', 3],
    ['Ivo Strand', undefined],
  ],
  'modern-wpcomments-tt25-block-comments-nested': [
    ['Marguerite Obi', undefined],
    ['Colin Rusk', 0],
    ['Dev Sandhu', 1],
    ['Ruth Gillard', undefined],
    ['Tobias Wren', 3],
    ['Hamid Carew', undefined],
  ],
  'modern-wpcomments-astra-jetpack-pingback-moderation': [
    ['Lorna Beck', undefined],
    ['Owen Threlfall', 0],
    ['Frank Odell', undefined],
    ['Gwen Asante', undefined],
    ['Sunil Varma', undefined],
  ],
  'modern-wpcomments-generatepress-form-only': [],
};

describe('readPage on the WordPress comment plugins and themes of the wpcomments pages', () => {
  describe.each(Object.entries(EXPECTED))('%s', (name, expected) => {
    const { doc } = readModernPage(name);
    const ids = doc.comments.map((comment) => comment.id);

    it('should read each comment’s author and the comment it answers', () => {
      const parentOf = (id: string | undefined): number | undefined => (id === undefined ? undefined : ids.indexOf(id));
      expect(
        doc.comments.map((comment) => [
          comment.author.text,
          comment.replyTo?.evidence === 'dom' ? parentOf(comment.replyTo.parentId) : undefined,
        ]),
      ).toEqual(expected);
    });

    it('should keep badges, vote rows and moderation notes out of the comment text', () => {
      const lines = doc.comments.flatMap((comment) => comment.paragraphs.map((paragraph) => paragraph.text));
      for (const furniture of ['Featured', 'Author', 'awaiting moderation', 'Reply', 'Pingback'])
        expect(lines.filter((line) => line.includes(furniture))).toEqual([]);
    });
  });
});
