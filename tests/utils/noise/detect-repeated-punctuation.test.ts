import { describe, expect, it } from 'vitest';
import { detectRepeatedPunctuation } from '../../../utils/noise/detect-repeated-punctuation';

describe('detectRepeatedPunctuation', () => {
  it.each([
    ['Friends????!!!!', "repeated punctuation '????!!!!'"],
    ['Wait.... what', "repeated punctuation '....'"],
    ['Why??? Really!!! Sure....', "3 runs of punctuation like '???'"],
    ['No!!!!!!!!!!!!!!!!!!!!!!!!!', "repeated punctuation '!!!!!!!!…'"],
  ])('should flag %j', (text, message) => {
    expect(detectRepeatedPunctuation(text)).toMatchObject({ code: 'repeated-punctuation', message });
  });

  it.each([['Really?!'], ['Well... maybe'], ['Is it?? I doubt it.'], ['']])('should not flag %j', (text) => {
    expect(detectRepeatedPunctuation(text)).toBeUndefined();
  });
});

describe('detectRepeatedPunctuation', () => {
  it('should weigh a held-down key more than a short run, and stay below the default threshold', () => {
    const short = detectRepeatedPunctuation('Really???')?.weight ?? 0;
    const long = detectRepeatedPunctuation('Really??????????')?.weight ?? 0;
    const many = detectRepeatedPunctuation('A?!?! B!!!!!!!!!! C.... D???? E!!!!! F......')?.weight ?? 0;
    expect(long).toBeGreaterThan(short);
    expect(many).toBeLessThan(0.5);
  });
});
