import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Comment } from '../../../utils/model';
import { scoreNoise } from '../../../utils/noise/score-noise';
import { parsePageText } from '../../../utils/parse-page-text';
import { inferReplies } from '../../../utils/threads/infer-replies';

const ROOT = join(import.meta.dirname, '..', '..', '..');
/** The shared sample page (copyrighted, never copied into the repo): an AP article with 35 reader comments. */
const SAMPLE = join(ROOT, '..', 'shared', 'seeds', '000_f1e603e65cfa6128.txt');
const present = existsSync(SAMPLE);
if (!present) console.warn(`threads sample test skipped: ${SAMPLE} is absent`);

/**
 * Reply links judged correct by reading the sample, as "author: opening words" pairs. Every link the inference makes
 * must be one of these; the first two must be made.
 */
const REQUIRED: [string, string][] = [
  ['Strangerland: No. Russia is', 'OTSUKARESAMADESU: Aren’t Russia'],
  ['TaiwanIsNotChina: Assassination programs', 'GBR48: You wouldn'],
];
const ACCEPTABLE: [string, string][] = [
  ...REQUIRED,
  ['Yrral: Stalin was', 'Tell_me_bout_it: Abomination'],
  ['Strangerland: Neither China', 'finally rich: Communists only'],
  ['Seapig: yrraL', 'Yrral: Name calling'],
  ['OTSUKARESAMADESU: The Whaaat', 'Strangerland: No. Russia is'],
  ['Strangerland: Trump kicked', '3Pb45: It was a heck'],
  ['OTSUKARESAMADESU: Now now', 'Strangerland: Trump kicked'],
];

/** "author: opening" of a comment, with the opening as long as the label needs. */
const label = (comment: Comment | undefined, like: string): string =>
  comment ? `${comment.author.text}: ${comment.text.replace(/'/g, '’')}`.slice(0, like.length) : '?';

describe.skipIf(!present)('inferReplies on the sample page (../shared/seeds/000_…, skipped when absent)', () => {
  const text = present ? readFileSync(SAMPLE, 'utf8') : '';
  const doc = parsePageText(text);
  const article = doc.body.map((p) => p.text).join('\n');
  const byId = new Map(doc.comments.map((c) => [c.id, c]));

  /** Every link made, as [child label, parent label] matched against the judged pairs where possible. */
  function madeLinks(withArticle: boolean): { child: Comment; parent: Comment | undefined }[] {
    const links = inferReplies(doc.comments, withArticle ? { article } : {});
    return doc.comments.flatMap((child, i) => {
      const link = links[i];
      return link ? [{ child, parent: byId.get(link.parentId) }] : [];
    });
  }
  const matches = ([c, p]: [string, string], made: { child: Comment; parent: Comment | undefined }) =>
    label(made.child, c) === c && label(made.parent, p) === p;

  it('should have the comments to work on', () => {
    expect(doc.comments.length).toBeGreaterThanOrEqual(30);
  });

  it.each([true, false])('should make the two required links (article given: %s)', (withArticle) => {
    const made = madeLinks(withArticle);
    for (const pair of REQUIRED)
      expect(
        made.some((m) => matches(pair, m)),
        pair.join(' → '),
      ).toBe(true);
  });

  it.each([true, false])('should make only links judged correct (article given: %s)', (withArticle) => {
    const wrong = madeLinks(withArticle)
      .filter((m) => !ACCEPTABLE.some((pair) => matches(pair, m)))
      .map((m) => `${label(m.child, 'x'.repeat(40))} → ${label(m.parent, 'x'.repeat(40))}`);
    expect(wrong).toEqual([]);
  });

  it('should leave most comments top level', () => {
    expect(madeLinks(true).length).toBeLessThan(doc.comments.length / 4);
  });

  it.each([
    ['stormcrow', 'repeated-punctuation'],
    ['Mark', 'insult'],
    ['MilesTeg', 'insult'],
  ])('should flag a comment by %s for %s', (author, code) => {
    const scores = scoreNoise(doc.comments);
    const flagged = doc.comments.some(
      (c, i) => c.author.text === author && scores[i]?.reasons.some((r) => r.code === code),
    );
    expect(flagged).toBe(true);
  });
});
