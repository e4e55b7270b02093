import { describe, expect, it } from 'vitest';
import { addMissedMentions } from '../../../utils/entities/add-missed-mentions';
import type { RawMention } from '../../../utils/entities/raw-mention';
import { tokenize } from '../../../utils/entities/tokenize';

const text = 'The Korean Central News Agency said so. Later KCNA said Peskov and Lavrov met. Peskov left.';
const tokens = tokenize(text);
const at = (word: string, from = 0): number => tokens.findIndex((token, i) => i >= from && token.text === word);
const span = (from: number, to: number, type: RawMention['type']): RawMention => ({
  tokens: tokens.slice(from, to),
  type,
});

describe('addMissedMentions', () => {
  it('should add a later all-capitals short form spelling a tagged organization, with its type', () => {
    const tagged = [span(1, 5, 'organization')];
    const added = addMissedMentions([{ tokens }], tagged);
    expect(added.map((m) => [m.tokens[0]?.text, m.type])).toContainEqual(['KCNA', 'organization']);
  });

  it('should add untagged repeats of a tagged name and carry the comment id', () => {
    const first = at('Peskov');
    const added = addMissedMentions([{ tokens, commentId: 'c1' }], [span(first, first + 1, 'person')]);
    expect(added.map((m) => [m.tokens[0]?.start, m.type, m.commentId])).toEqual([
      [tokens[at('Peskov', first + 1)]?.start, 'person', 'c1'],
    ]);
  });

  it('should not read an all-capitals word as a short form when no tagged name has its initials', () => {
    expect(addMissedMentions([{ tokens }], [span(at('Lavrov'), at('Lavrov') + 1, 'person')])).toEqual([]);
  });
});
