import { describe, expect, it } from 'vitest';
import { isInitialsSignOff } from '../../../utils/page/is-initials-sign-off';
import { readClosingLines } from '../../../utils/page/read-closing-lines';
import { splitLines } from '../../../utils/page/split-lines';

describe('isInitialsSignOff', () => {
  const above = '"Wenn der Bus wieder weg ist", sagt sie, "sitze ich wieder am Fenster."';

  it.each(['kbö', 'mik', 'bbr', 'ts', 'mcs/jl/ah', 'ac/ja', 'kbö/dpa'])(
    'should find the initials under a sentence: %s',
    (line) => {
      expect(isInitialsSignOff(line, above)).toBe(true);
    },
  );

  it.each([
    ['a capitalised word', 'Ende', above],
    ['a longer word', 'danke', above],
    ['a pair of words set apart by a slash', 'and/or', above],
    ['a chain with a longer word', 'mcs/jl/thanks', above],
    ['a chain under a line that runs on', 'mcs/jl', 'Äpfel, Birnen, Pflaumen'],
    ['a code block’s closing keyword', 'fi', '  echo "$line" >> out.txt'],
    ['a list’s last item run on', 'usw', 'Äpfel, Birnen, Pflaumen'],
    ['the first line', 'kbö', undefined],
  ])('should not find %s', (_case, line, lineAbove) => {
    expect(isInitialsSignOff(line, lineAbove)).toBe(false);
  });
});

describe('readClosingLines on a writer’s initials alone (stern.de)', () => {
  it('should take the initials under the story’s last sentence', () => {
    const lines = splitLines('In Wendelsee soll im Sommer entschieden werden, wie es weitergeht.\nkbö');
    expect(readClosingLines(lines).taken).toBe(1);
  });

  it('should keep a shell script’s closing line', () => {
    const lines = splitLines('Run it from cron:\nif [ -f "$lock" ]; then\n  exit 0\nfi');
    expect(readClosingLines(lines).taken).toBe(0);
  });
});
