import { describe, expect, it } from 'vitest';
import { loadNerResources } from '../../../utils/entities/load-ner-resources';
import type { RawMention } from '../../../utils/entities/raw-mention';
import { splitPlacePairs } from '../../../utils/entities/split-place-pairs';
import { tokenize } from '../../../utils/entities/tokenize';

/** Mentions of the pairs found in `text`, as `type:text` with the text sliced back from the offsets. */
function pairs(text: string, mentions: RawMention[] = []): string[] {
  const found = splitPlacePairs(mentions, tokenize(text), loadNerResources().gazetteer);
  return found.map((m) => `${m.type}:${text.slice(m.tokens[0]?.start, m.tokens[m.tokens.length - 1]?.end)}`);
}

describe('splitPlacePairs', () => {
  it.each([
    ['near the North Korea-Russia frontier', ['place:North Korea', 'place:Russia']],
    ['the Russia-Ukraine talks', ['place:Russia', 'place:Ukraine']],
  ])('should split %j into two places with exact offsets', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it('should replace a tagged mention that spans the pair', () => {
    const text = 'near the North Korea-Russia frontier';
    const tokens = tokenize(text);
    const wrong: RawMention = { tokens: tokens.slice(2, 4), type: 'organization' };
    expect(pairs(text, [wrong])).toEqual(['place:North Korea', 'place:Russia']);
  });

  it.each([['a Kim-Putin meeting'], ['the Coca-Cola company'], ['a well-known place']])(
    'should leave %j alone: not two places',
    (text) => {
      expect(pairs(text)).toEqual([]);
    },
  );
});
