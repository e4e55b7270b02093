import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractEntities, type EntitySegment } from '../../../utils/entities/extract-entities';
import type { Entity, EntityType } from '../../../utils/model';

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURE = join(ROOT, 'tests/fixtures/entities-summit/input.txt');
const SAMPLE = join(ROOT, '../shared/seeds/000_f1e603e65cfa6128.txt');

/** One segment per non-empty line, with offsets into the whole text (as the page segmenter gives them). */
function linesOf(text: string, commentId?: (index: number) => string): EntitySegment[] {
  const segments: EntitySegment[] = [];
  let start = 0;
  text.split('\n').forEach((line, index) => {
    if (line.trim())
      segments.push({
        text: line,
        start,
        end: start + line.length,
        ...(commentId ? { commentId: commentId(index) } : {}),
      });
    start += line.length + 1;
  });
  return segments;
}

const find = (entities: Entity[], name: string): Entity | undefined => entities.find((entity) => entity.name === name);

describe('extractEntities', () => {
  const text = readFileSync(FIXTURE, 'utf8');
  const entities = extractEntities(linesOf(text), 'body');

  it.each<[string, EntityType, string[]]>([
    ['Vladimir Putin', 'person', ['Putin']],
    ['Dmitry Peskov', 'person', ['Peskov']],
    ['Korean Central News Agency', 'organization', ['KCNA']],
    ['Matthew Miller', 'person', []],
  ])('should find %s as a %s with its short forms merged', (name, type, aliases) => {
    expect(find(entities, name)).toMatchObject({ type, aliases });
  });

  it('should drop titles and keep the possessive out of the mention text', () => {
    const putin = find(entities, 'Vladimir Putin');
    expect(putin?.mentions.map((mention) => mention.text)).toEqual(['Vladimir Putin', 'Putin']);
    expect(entities.some((entity) => /President|spokesperson|’s|'s/.test(entity.name))).toBe(false);
  });

  it('should name "The Associated Press" without its article', () => {
    expect(find(entities, 'Associated Press')?.type).toBe('organization');
  });

  it('should count the acronym defined in parentheses and its later use', () => {
    const agency = find(entities, 'Korean Central News Agency');
    expect(agency?.mentions.map((mention) => mention.text)).toEqual(['Korean Central News Agency', 'KCNA', 'KCNA']);
  });

  it('should give every mention offsets that slice back to its text, and a count equal to its mentions', () => {
    for (const entity of entities) {
      expect(entity.count).toBe(entity.mentions.length);
      for (const mention of entity.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    }
  });

  it('should mark comment mentions with their comment and key entities by the comments scope', () => {
    const comments = 'Putin will never give up.\nI agree with Vladimir Putin’s critics in Moscow.\n';
    const found = extractEntities(
      linesOf(comments, (i) => `c${i + 1}`),
      'comments',
    );
    const putin = find(found, 'Vladimir Putin');
    expect(putin?.id).toBe('comments:person:Vladimir Putin');
    expect(putin?.mentions.map((mention) => mention.commentId)).toEqual(['c1', 'c2']);
  });

  it.each<[string, EntitySegment[]]>([
    ['no segments', []],
    ['an empty segment', [{ text: '', start: 0, end: 0 }]],
    ['only punctuation and spaces', [{ text: ' … — !!! ', start: 0, end: 9 }]],
  ])('should return no entities for %s', (_, segments) => {
    expect(extractEntities(segments, 'body')).toEqual([]);
  });

  it.each<[string, string]>([
    ['all-caps lines', 'BREAKING NEWS: KIM JONG UN MEETS PUTIN IN RUSSIA\nTHE KREMLIN SAID NOTHING'],
    ['emoji and symbols', '🚂🇰🇵 Kim 🤝 Putin 💥💥 @@@ ### (((( )))) "“”\'’'],
    ['unpaired surrogates and control characters', '\uD800 Kim \u0000\u0007 Putin \uDFFF'],
    ['10,000 tokens in one line', 'Putin met Kim in Vladivostok and '.repeat(1500)],
    ['a very long capitalised run', 'Alpha Bravo Charlie Delta Echo '.repeat(400)],
  ])('should not throw on %s, and keep offsets exact', (_, input) => {
    const found = extractEntities(linesOf(input), 'body');
    for (const entity of found) for (const m of entity.mentions) expect(input.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('extractEntities on the sample page', () => {
  const present = existsSync(SAMPLE);
  const text = present ? readFileSync(SAMPLE, 'utf8') : '';
  const segments = linesOf(text);
  const bodyEnd = segments.findIndex((segment) => /^\d+ Comments?$/.test(segment.text.trim()));
  const entities = present ? extractEntities(segments.slice(0, bodyEnd), 'body') : [];
  const typeOf = (name: string): EntityType | undefined =>
    entities.find((entity) => entity.name === name || entity.aliases.includes(name))?.type;

  // Our reading of the article: the people, places and organizations it names, with their full names.
  it.skipIf(!present).each<[string, EntityType]>([
    ['Kim Jong Un', 'person'],
    ['Vladimir Putin', 'person'],
    ['Dmitry Peskov', 'person'],
    ['Matthew Miller', 'person'],
    ['Adrienne Watson', 'person'],
    ['Jo Chun Ryong', 'person'],
    ['Sergei Shoigu', 'person'],
    ['Donald Trump', 'person'],
    ['Jim Heintz', 'person'],
    ['Russia', 'place'],
    ['North Korea', 'place'],
    ['South Korea', 'place'],
    ['Pyongyang', 'place'],
    ['Vladivostok', 'place'],
    ['Ukraine', 'place'],
    ['Washington', 'place'],
    ['Moscow', 'place'],
    ['Korean Central News Agency', 'organization'],
    ['KCNA', 'organization'],
    ['Kremlin', 'organization'],
    ['TASS', 'organization'],
    ['Defense Ministry', 'organization'],
    ['National Intelligence Service', 'organization'],
    ['Yonhap', 'organization'],
    ['Chosun Ilbo', 'organization'],
    ['State Department', 'organization'],
    ['U.N. Security Council', 'organization'],
    ['Associated Press', 'organization'],
  ])('should find %s as a %s', (name, type) => {
    expect(typeOf(name)).toBe(type);
  });
});
