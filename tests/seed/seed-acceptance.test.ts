import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePageText } from '../../utils/parse-page-text';

// The sample is copyrighted and lives outside the repo, next to it: <repo>/../shared/seeds/.
const REPO_ROOT = join(import.meta.dirname, '..', '..');
const SAMPLE = join(REPO_ROOT, '..', 'shared', 'seeds', '000_f1e603e65cfa6128.txt');
const hasSample = existsSync(SAMPLE);
if (!hasSample) console.warn(`seed acceptance skipped: sample not found at ${SAMPLE}`);

const AUTHORS = [
  'TaiwanIsNotChina',
  'PTownsend',
  'GBR48',
  'OTSUKARESAMADESU',
  'stormcrow',
  'OTSUKARESAMADESU',
  'Strangerland',
  'OTSUKARESAMADESU',
  'PTownsend',
  'Yrral',
  'finally rich',
  'PTownsend',
  'Mark',
  'geronimo2006',
  'Mark',
  'TaiwanIsNotChina',
  'TaiwanIsNotChina',
  'ok1517',
  'Aly Rustom',
  'EFD',
  'lincolnman',
  'fallaffel',
  'shinhiyata',
  'Tell_me_bout_it',
  'Yrral',
  'Yrral',
  'Laguna',
  'MilesTeg',
  'MilesTeg',
  '3Pb45',
  'Strangerland',
  'OTSUKARESAMADESU',
  'Strangerland',
  'Seapig',
  'MilesTeg',
];

describe.skipIf(!hasSample)('seed acceptance (000_f1e603e65cfa6128)', () => {
  const input = hasSample ? readFileSync(SAMPLE, 'utf8') : '';
  const doc = parsePageText(input);
  const lines = input
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const firstIndexOf = (prefix: string): number => lines.findIndex((line) => line.startsWith(prefix));

  it('should read the date from the date header, outside the first paragraph', () => {
    expect(doc.metadata.date?.iso).toBe('2023-09-12');
    const span = doc.metadata.date?.span;
    expect(span && input.slice(span.start, span.end)).toBe('2023-09-12');
    expect(doc.body[0]?.text.startsWith('Joined by his top military officials')).toBe(true);
    expect(doc.body[0]?.text).not.toContain('2023-09-12');
  });

  it('should carry no headline or byline, and read the language as English', () => {
    expect(doc.metadata.headline).toBeUndefined();
    expect(doc.metadata.bylines).toEqual([]);
    expect(doc.metadata.language).toBe('en');
  });

  it('should find 30 body paragraphs whose text is the input at their offsets', () => {
    expect(doc.body).toHaveLength(30);
    for (const [index, paragraph] of doc.body.entries()) {
      expect(paragraph.index).toBe(index);
      expect(input.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
    }
  });

  it('should split the credits from the copyright notice glued to them', () => {
    const credits = doc.metadata.credits?.text ?? '';
    expect(credits.startsWith('Associated Press journalists Jim Heintz in Tallinn,')).toBe(true);
    expect(credits.endsWith('contributed.')).toBe(true);
    const copyright = doc.metadata.copyright?.text ?? '';
    expect(copyright.startsWith('© Copyright 2023 The Associated Press. All rights reserved.')).toBe(true);
    expect(copyright.endsWith('without permission.')).toBe(true);
    expect(doc.metadata.publisher?.text).toBe('The Associated Press');
    for (const meta of [doc.metadata.credits, doc.metadata.copyright, doc.metadata.publisher]) {
      expect(meta?.span && input.slice(meta.span.start, meta.span.end)).toBe(meta?.text);
    }
    expect(doc.body.some((paragraph) => paragraph.text.includes('contributed.'))).toBe(false);
  });

  it('should read the declared count and treat "Login to comment" as chrome', () => {
    expect(doc.commentSection.declaredCount).toBe(35);
    expect(doc.commentSection.countLine?.text).toBe('35 Comments');
    expect(doc.commentSection.chrome.map((line) => line.text)).toContain('Login to comment');
    expect(doc.comments.some((comment) => comment.author.text === 'Login to comment')).toBe(false);
    expect(doc.warnings.map((warning) => warning.code)).not.toContain('count-mismatch');
  });

  it('should find the 35 comments with their authors in page order', () => {
    expect(doc.comments.map((comment) => comment.author.text)).toEqual(AUTHORS);
    expect(doc.comments.map((comment) => comment.id)).toEqual(AUTHORS.map((_, i) => `c${i + 1}`));
  });

  it('should give each comment exactly its text lines (66 in all)', () => {
    const commentLines = lines.slice(firstIndexOf('Login to comment') + 1);
    const rebuilt = doc.comments.flatMap((comment) => [comment.author.text, ...comment.paragraphs.map((p) => p.text)]);
    expect(rebuilt).toEqual(commentLines);
    expect(doc.comments.reduce((sum, comment) => sum + comment.paragraphs.length, 0)).toBe(66);
    for (const comment of doc.comments) {
      expect(comment.paragraphs.length).toBeGreaterThan(0);
      expect(comment.text).toBe(comment.paragraphs.map((p) => p.text).join('\n'));
      expect(input.slice(comment.author.start, comment.author.end)).toBe(comment.author.text);
      for (const p of comment.paragraphs) expect(input.slice(p.start, p.end)).toBe(p.text);
      expect(comment.start).toBe(comment.author.start);
      expect(comment.end).toBe(comment.paragraphs.at(-1)?.end);
    }
  });

  it('should keep the name-like line "yrraL" as the first text line of Seapig\'s comment', () => {
    const seapig = doc.comments.find((comment) => comment.author.text === 'Seapig');
    expect(seapig?.paragraphs[0]?.text).toBe('yrraL');
  });

  it('should warn about nothing on the sample', () => {
    expect(doc.warnings).toEqual([]);
  });
});
