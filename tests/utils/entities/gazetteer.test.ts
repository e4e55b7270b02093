import { describe, expect, it } from 'vitest';
import { buildGazetteer, buildGazetteerSteps, type GazetteerData } from '../../../utils/entities/gazetteer';
import storedGazetteer from '../../../utils/entities/model/ner-gazetteer.json';

describe('buildGazetteerSteps', () => {
  it('should build the same name lists as buildGazetteer, a step per list', () => {
    const steps = buildGazetteerSteps(storedGazetteer as GazetteerData);
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    expect(pauses).toBeGreaterThan(2);
    expect(next.value).toEqual(buildGazetteer(storedGazetteer as GazetteerData));
  });

  it.each([
    ['a first name', 'first', 'maria'],
    ['a multi-word place', 'place', 'new york'],
  ] as const)('should hold %s', (_case, list, name) => {
    expect(buildGazetteer(storedGazetteer as GazetteerData)[list].has(name)).toBe(true);
  });
});
