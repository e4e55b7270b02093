import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../utils/model';
import { cleanMention } from '../../../utils/entities/clean-mention';
import { tokenize } from '../../../utils/entities/tokenize';

const clean = (text: string, type: EntityType): string | undefined =>
  cleanMention(tokenize(text), type)
    ?.tokens.map((token) => token.text)
    .join(' ');

describe('cleanMention', () => {
  it.each<[string, EntityType, string]>([
    ['President Vladimir Putin', 'person', 'Vladimir Putin'],
    ['Kremlin spokesperson Dmitry Peskov', 'person', 'Dmitry Peskov'],
    ['State Department spokesman Matthew Miller', 'person', 'Matthew Miller'],
    ['Stephen King', 'person', 'Stephen King'],
    ['The Associated Press', 'organization', 'Associated Press'],
    ['the Kremlin', 'organization', 'Kremlin'],
    ['Chosun Ilbo newspaper', 'organization', 'Chosun Ilbo'],
    ['Putin’s', 'person', 'Putin'],
    ['State Department', 'organization', 'State Department'],
    ['While Kim', 'person', 'Kim'],
    ['Workers Party Chairman', 'organization', 'Workers Party'],
  ])('should trim %j (%s) to %j', (text, type, expected) => {
    expect(clean(text, type)).toBe(expected);
  });

  it.each<[string, EntityType, EntityType]>([
    ['Navy Admiral Kim Myong Sik', 'organization', 'person'],
    ['White House National Security Council', 'place', 'organization'],
    ['Lake Senna', 'person', 'place'],
    ['Mount Kenya', 'organization', 'place'],
    ['Mekong River', 'person', 'place'],
    ['Korean Peninsula', 'misc', 'place'],
    ['Mount Sinai Hospital', 'organization', 'organization'],
    ['Michael Bay', 'person', 'person'],
    ['Lake', 'person', 'person'],
    ['Chosun Ilbo', 'organization', 'organization'],
  ])('should retype %j from %s to %s', (text, tagged, expected) => {
    expect(cleanMention(tokenize(text), tagged)?.type).toBe(expected);
  });

  it.each<[string, EntityType]>([
    ['ICBMs', 'organization'],
    ['the', 'organization'],
    ['’s', 'person'],
    ['( )', 'place'],
    ['newspaper', 'organization'],
    ['Army Marshals', 'organization'],
  ])('should drop %j (%s), which has no name left', (text, type) => {
    expect(clean(text, type)).toBeUndefined();
  });
});
