import { describe, expect, it } from 'vitest';
import { findWordPress } from '../../../../utils/dom/comments/wordpress';
import { readPage } from '../../../../utils/dom/read-page';
import { loadFixture } from '../load-fixture';

describe('findWordPress', () => {
  describe('a theme that puts the name and date inside the comment text wrapper', () => {
    it('should take the name and date from inside the wrapper', () => {
      const comments = findWordPress(loadFixture('dom-wordpress-inline-author'))?.comments ?? [];
      expect(comments.map((comment) => [comment.author?.textContent, comment.date?.textContent])).toEqual([
        ['Marit', '03-11-2024'],
        ['Desk Notes', '03-12-2024'],
      ]);
    });

    it('should write the name and date once, on their own lines, and not in the text', () => {
      const { text, options } = readPage(loadFixture('dom-wordpress-inline-author'));
      const hints = options.comments ?? [];
      expect(hints.map((hint) => text.slice(hint.author.start, hint.author.end))).toEqual(['Marit', 'Desk Notes']);
      expect(hints.map((hint) => hint.paragraphs.map((span) => text.slice(span.start, span.end)))).toEqual([
        ['The paper list is the part I never managed to keep up.'],
        ['Try a smaller notebook, it helps.'],
      ]);
      expect(hints[1]?.parentIndex).toBe(0);
      expect(text.split('Marit')).toHaveLength(2);
    });
  });

  describe('a theme whose meta block wraps the text and whose author box holds only a "Profile" link', () => {
    const { text, options } = readPage(loadFixture('dom-wordpress-wrapped-meta'));
    const lines = text.slice(options.commentsStart).split('\n').filter(Boolean);
    const authors = (options.comments ?? []).map((hint) => text.slice(hint.author.start, hint.author.end));

    it('should take the named author and date parts, and write each text once', () => {
      expect(authors).toEqual(['Lena Ostrova', 'Bram']);
      expect(lines).toEqual([
        'Lena Ostrova',
        '06.03.24 at 9:05 pm',
        'No showing anywhere near the coast, again.',
        'Bram',
        '06.03.24 at 9:40 pm',
        'Booked two seats the minute I read this.',
      ]);
      expect(text).not.toContain('Profile');
    });
  });

  describe('a theme whose comment meta links only a "Permalink"', () => {
    it('should take the date part, not the permalink, as the date', () => {
      const comments = findWordPress(loadFixture('dom-wordpress-permalink-meta'))?.comments ?? [];
      expect(comments.map((comment) => [comment.author?.textContent, comment.date?.textContent])).toEqual([
        ['Maud', 'Friday, November 1, 2024 at 7:28 pm'],
        ['Osk', 'Saturday, November 2, 2024 at 9:02 am'],
      ]);
    });
  });
});
