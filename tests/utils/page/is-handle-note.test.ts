import { describe, expect, it } from 'vitest';
import { isHandleNote } from '../../../utils/page/is-handle-note';
import { readClosingLines } from '../../../utils/page/read-closing-lines';
import { splitLines } from '../../../utils/page/split-lines';

describe('isHandleNote', () => {
  it.each(['Twitter @MollyWardTrib', 'Twitter: @annlee', 'Instagram @ann.lee', 'Follow her on Twitter @annlee'])(
    'should find the handle line: %s',
    (line) => {
      expect(isHandleNote(line)).toBe(true);
    },
  );

  it.each([
    'The mayor posted on Twitter @villagehall that the road would reopen.',
    'Twitter',
    '@MollyWardTrib',
    'Twitter and Instagram @annlee @bolee',
    'Follow the money on Twitter @annlee and you will see.',
  ])('should not find: %s', (line) => {
    expect(isHandleNote(line)).toBe(false);
  });
});

describe('readClosingLines on a writer’s e-mail and handle lines (Tribune Publishing)', () => {
  it('should take both lines under the story', () => {
    const lines = splitLines(
      'The first overnight buses are scheduled to run Jan. 7.\nmward@chicagotribune.com\nTwitter @MollyWardTrib',
    );
    expect(readClosingLines(lines).taken).toBe(2);
  });

  it('should keep a last sentence that mentions a handle', () => {
    const lines = splitLines(
      'The road reopens Monday.\nThe village will post updates on Twitter @villagehall every hour.',
    );
    expect(readClosingLines(lines).taken).toBe(0);
  });
});
