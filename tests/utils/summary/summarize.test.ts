import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity, Paragraph } from '../../../utils/model';
import { summarize } from '../../../utils/summary/summarize';
import { paragraphsFromText } from './paragraphs-from-text';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const NEWS = readFileSync(join(ROOT, 'tests/fixtures/summary-news/article.txt'), 'utf8');
const NEWS_BODY = paragraphsFromText(NEWS);
const SAMPLE = join(ROOT, '..', 'shared', 'seeds', '000_f1e603e65cfa6128.txt');

describe('summarize', () => {
  it.each([3, 4, 5])('should return %i sentences in source order when asked for them', (count) => {
    const summary = summarize(NEWS_BODY, { sentences: count });
    expect(summary).toHaveLength(count);
    const starts = summary.map((sentence) => sentence.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('should default to three sentences', () => {
    expect(summarize(NEWS_BODY)).toHaveLength(3);
  });

  it('should give offsets and paragraph indexes that point back into the input', () => {
    for (const sentence of summarize(NEWS_BODY, { sentences: 5 })) {
      expect(NEWS.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expect(NEWS_BODY[sentence.paragraph]?.text).toContain(sentence.text);
    }
  });

  it('should leave out bylines, headlines, captions, credits and copyright', () => {
    const texts = summarize(NEWS_BODY, { sentences: 10 }).map((sentence) => sentence.text);
    expect(texts.length).toBeGreaterThan(5);
    for (const text of texts) expect(text).not.toMatch(/^By |AP Photo|contributed|©|Copyright|barrier after years/);
  });

  it('should open a dateline news story with its lede', () => {
    expect(summarize(NEWS_BODY)[0]?.text).toMatch(/^PORTVALE, Norland \(AP\)/);
  });

  it('should not pick the same sentence twice when the body repeats it', () => {
    const body = paragraphsFromText(`${NEWS}\n${NEWS}`);
    const texts = summarize(body, { sentences: 5 }).map((sentence) => sentence.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('should favour sentences about the main entities', () => {
    const dorado = NEWS_BODY.flatMap((p) =>
      [...p.text.matchAll(/Dorado|mayor/gi)].map((m) => ({
        text: m[0],
        start: p.start + m.index,
        end: p.start + m.index + m[0].length,
      })),
    );
    const entity: Entity = {
      id: 'body:person:Ines Dorado',
      name: 'Ines Dorado',
      type: 'person',
      aliases: [],
      count: dorado.length,
      mentions: dorado,
    };
    const without = summarize(NEWS_BODY, { sentences: 5 }).filter((s) => /Dorado|mayor/i.test(s.text)).length;
    const withEntity = summarize(NEWS_BODY, { sentences: 5, entities: [entity] }).filter((s) =>
      /Dorado|mayor/i.test(s.text),
    ).length;
    expect(withEntity).toBeGreaterThanOrEqual(without);
  });

  it.each([
    ['an empty body', [], undefined],
    ['zero sentences asked', NEWS_BODY, 0],
    ['a body of furniture only', paragraphsFromText('© 2026 Example News\nRead more: other stories'), undefined],
  ])('should return [] for %s', (_name, body: Paragraph[], sentences) => {
    expect(summarize(body, { sentences })).toEqual([]);
  });

  it.each([
    ['one sentence', 'The council approved the budget on Tuesday after a long debate.', 1],
    ['two sentences', 'The council approved the budget on Tuesday. The vote was nine to two in favour.', 2],
    ['text without final punctuation', 'the council approved the budget on tuesday after a long debate', 1],
  ])('should return fewer sentences for a short body: %s', (_name, text, expected) => {
    expect(summarize(paragraphsFromText(text))).toHaveLength(expected);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, -3, 2.7])('should not throw for sentences = %s', (sentences) => {
    expect(() => summarize(NEWS_BODY, { sentences })).not.toThrow();
  });

  it.skipIf(!existsSync(SAMPLE))('should summarise the sample article from its opening (shared/seeds)', () => {
    const text = readFileSync(SAMPLE, 'utf8');
    const articleEnd = text.indexOf('Comments\n');
    const body = paragraphsFromText(text.slice(0, articleEnd));
    const summary = summarize(body);
    expect(summary).toHaveLength(3);
    for (const sentence of summary) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expect(sentence.text).not.toMatch(/contributed|Copyright/);
    }
    expect(summary[0]?.paragraph).toBe(0);
  });
});
