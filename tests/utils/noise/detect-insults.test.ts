import { describe, expect, it } from 'vitest';
import { detectInsults } from '../../../utils/noise/detect-insults';

describe('detectInsults', () => {
  it.each([
    ['You are an idiot.', "contains 'idiot'"],
    ['What a MORON', "contains 'moron'"],
    ['That puppet again', "contains 'puppet'"],
    ['stupid, stupid, stupid', "contains 'stupid'"],
    ['Clowns and fools, all of them', "contains 'clowns', 'fools'"],
    ['Quel imbécile', "contains 'imbécile'"],
  ])('should flag %j', (text, message) => {
    expect(detectInsults(text)).toMatchObject({ code: 'insult', message });
  });

  it.each([['Trashed streets after the storm'], ['The idiom is old'], ['Foolproof plan'], ['A puppetry show']])(
    'should not flag the non-word match %j',
    (text) => {
      expect(detectInsults(text)).toBeUndefined();
    },
  );

  it('should weigh two distinct insults more than one', () => {
    const one = detectInsults('idiot')?.weight ?? 0;
    const two = detectInsults('idiot moron')?.weight ?? 0;
    expect(two).toBeGreaterThan(one);
    expect(two).toBeLessThan(1);
  });
});
