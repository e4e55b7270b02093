import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../utils/model';
import { scoreEntityCoverage } from '../../../utils/summary/score-entity-coverage';

const entity = (name: string, starts: number[]): Entity => ({
  id: `body:person:${name}`,
  name,
  type: 'person',
  aliases: [],
  count: starts.length,
  mentions: starts.map((start) => ({ text: name, start, end: start + name.length })),
});

const spans = [
  { start: 0, end: 10 },
  { start: 10, end: 20 },
  { start: 20, end: 30 },
];

describe('scoreEntityCoverage', () => {
  it('should count each main entity once per span, weighted by its mentions', () => {
    const scores = scoreEntityCoverage(spans, [entity('Ana', [1, 3, 12]), entity('Bo', [14, 25])]);
    expect(scores[0]).toBeCloseTo(Math.log(4));
    expect(scores[1]).toBeCloseTo(Math.log(4) + Math.log(3));
    expect(scores[2]).toBeCloseTo(Math.log(3));
  });

  it.each([
    ['no entities', []],
    ['only entities named once', [entity('Cy', [5])]],
  ])('should give zeros for %s', (_name, entities: Entity[]) => {
    expect(scoreEntityCoverage(spans, entities)).toEqual([0, 0, 0]);
  });
});
