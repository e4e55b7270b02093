import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Comment } from '../../../utils/model';
import { HIGHLIGHT_NOISE_LIMIT, selectReaderHighlights } from '../../../utils/summary/select-reader-highlights';
import { commentsFromText } from './comments-from-text';

const SAMPLE = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'seeds', '000_f1e603e65cfa6128.txt');

/** An invented discussion under a story about a flood barrier, in the shape of the sample page. */
const THREAD = `Comments
rivermouse
The barrier will protect the old town from storm surges, which is worth every crown of the cost.
harbor_pilot
Storm surges are getting worse every winter, so the barrier came just in time for the old town.
Quillfan
The real question is who pays for maintenance of the barrier gates in thirty years.
LOUDGUY
WORST PROJECT EVER!!!! TOTAL SCAM!!!!
nettle
lol so true
shopkeep22
My shop flooded twice and the insurance premiums doubled; I hope the premiums fall now.
sealevel
Sea levels keep rising, and pumps at the river mouth will matter as much as the gates.`;

const threadComments = (): Comment[] => {
  const comments = commentsFromText(THREAD, 1);
  return comments.map((comment) =>
    comment.author.text === 'LOUDGUY' ? { ...comment, noise: { score: 0.9, reasons: [] } } : comment,
  );
};

describe('selectReaderHighlights', () => {
  it('should pick 2–4 sentences, each from a different comment, in page order', () => {
    const highlights = selectReaderHighlights(threadComments());
    expect(highlights.length).toBeGreaterThanOrEqual(2);
    expect(highlights.length).toBeLessThanOrEqual(4);
    expect(new Set(highlights.map((h) => h.commentId)).size).toBe(highlights.length);
    const starts = highlights.map((h) => h.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('should link each highlight to its comment with offsets into the input', () => {
    const comments = threadComments();
    for (const highlight of selectReaderHighlights(comments)) {
      const comment = comments.find((c) => c.id === highlight.commentId);
      expect(THREAD.slice(highlight.start, highlight.end)).toBe(highlight.text);
      expect(highlight.start).toBeGreaterThanOrEqual(comment?.start ?? Infinity);
      expect(highlight.end).toBeLessThanOrEqual(comment?.end ?? -1);
    }
  });

  it('should leave out noisy comments and one-liners without content', () => {
    const comments = threadComments();
    const excluded = comments
      .filter((c) => c.noise.score >= HIGHLIGHT_NOISE_LIMIT || c.text === 'lol so true')
      .map((c) => c.id);
    expect(excluded).toHaveLength(2);
    const picked = selectReaderHighlights(comments).map((h) => h.commentId);
    for (const id of excluded) expect(picked).not.toContain(id);
  });

  it('should not pick two comments that make the same point', () => {
    const texts = selectReaderHighlights(threadComments()).map((h) => h.text);
    const surge = texts.filter((text) => /storm surges/.test(text));
    expect(surge.length).toBeLessThanOrEqual(1);
  });

  it.each([
    ['no comments', []],
    ['only noisy comments', threadComments().map((c) => ({ ...c, noise: { score: 1, reasons: [] } }))],
    ['only contentless comments', commentsFromText('a\nlol\nb\n+1\nc\nSo true!', 0)],
  ])('should return [] for %s', (_name, comments: Comment[]) => {
    expect(selectReaderHighlights(comments)).toEqual([]);
  });

  it.skipIf(!existsSync(SAMPLE))('should pick 2–4 linked highlights from the sample page (shared/seeds)', () => {
    const text = readFileSync(SAMPLE, 'utf8');
    const lines = text.split('\n');
    const comments = commentsFromText(text, lines.findIndex((line) => line.startsWith('Login to comment')) + 1);
    expect(comments.length).toBeGreaterThan(20);
    const highlights = selectReaderHighlights(comments);
    expect(highlights.length).toBeGreaterThanOrEqual(2);
    expect(highlights.length).toBeLessThanOrEqual(4);
    const ids = new Set(comments.map((c) => c.id));
    for (const highlight of highlights) {
      expect(ids.has(highlight.commentId)).toBe(true);
      expect(text.slice(highlight.start, highlight.end)).toBe(highlight.text);
    }
  });
});
