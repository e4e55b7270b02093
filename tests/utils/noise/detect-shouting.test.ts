import { describe, expect, it } from 'vitest';
import { detectShouting } from '../../../utils/noise/detect-shouting';

describe('detectShouting', () => {
  it.each([
    ['THIS IS THE WORST DEAL EVER MADE'],
    ['WAKE UP PEOPLE, the TRUTH IS OUT THERE'],
    ['NIEMALS WIEDER KRIEG IN EUROPA'],
  ])('should flag %j', (text) => {
    expect(detectShouting(text)).toMatchObject({ code: 'shouting', message: 'mostly capitals' });
  });

  it.each([
    ['NATO and the EU met the UN in NYC today to talk about the USSR.'],
    ['OK LOL'],
    ['A perfectly ordinary sentence about Kim and Putin.'],
    [''],
  ])('should not flag %j', (text) => {
    expect(detectShouting(text)).toBeUndefined();
  });
});
