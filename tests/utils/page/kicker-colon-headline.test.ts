import { describe, expect, it } from 'vitest';
import { kickerColonHeadline } from '../../../utils/page/kicker-colon-headline';
import { readHeader } from '../../../utils/page/read-header';
import { splitLines } from '../../../utils/page/split-lines';

describe('kickerColonHeadline', () => {
  it.each([
    [
      'the kicker and title printed without the colon',
      'Bewohnerparken Lindenau verzehnfacht die Gebühr',
      'Bewohnerparken: Lindenau verzehnfacht die Gebühr',
      { from: 0, text: 'Bewohnerparken: Lindenau verzehnfacht die Gebühr' },
    ],
    [
      'spans printed with extra spacing',
      'Bahnstrecke Hamburg–Berlin   Generalsanierung dauert länger',
      'Bahnstrecke Hamburg–Berlin: Generalsanierung dauert länger',
      { from: 0, text: 'Bahnstrecke Hamburg–Berlin: Generalsanierung dauert länger' },
    ],
    [
      'another kicker printed over the same title',
      'Schwimmen Stadt schließt Hallenbad Nord',
      'Gelsenbach: Stadt schließt Hallenbad Nord',
      { from: 10, text: 'Stadt schließt Hallenbad Nord' },
    ],
  ])('should read the headline off %s', (_case, line, declared, expected) => {
    expect(kickerColonHeadline(line, declared)).toEqual(expected);
  });

  it.each([
    ['the line printing the declared headline as declared', 'Storm Ilsa: strong winds', 'Storm Ilsa: strong winds'],
    [
      'a line with a kicker over the declared headline as declared',
      'Wetter Storm Ilsa: strong winds',
      'Storm Ilsa: strong winds',
    ],
    ['a declared headline with no colon', 'Heat pumps in older homes', 'Heat pumps in older homes'],
    ['the colon printed and the quote marks curly', 'Storm ‘Ilsa’: strong winds', "Storm 'Ilsa': strong winds"],
    ['a dash printed for the colon', 'Storm Ilsa – strong winds', 'Storm Ilsa: strong winds'],
    ['the title printed alone', 'Stadt schließt Hallenbad Nord', 'Gelsenbach: Stadt schließt Hallenbad Nord'],
    [
      'a sentence before the title',
      'Das Bad war zu teuer. Stadt schließt Hallenbad Nord',
      'Gelsenbach: Stadt schließt Hallenbad Nord',
    ],
    [
      'text after the title',
      'Schwimmen Stadt schließt Hallenbad Nord im Juli',
      'Gelsenbach: Stadt schließt Hallenbad Nord',
    ],
    ['another headline', 'Council approves the budget', 'Gelsenbach: Stadt schließt Hallenbad Nord'],
  ])('should leave %s', (_case, line, declared) => {
    expect(kickerColonHeadline(line, declared)).toBeUndefined();
  });
});

describe('readHeader: a kicker and title printed as two spans, declared as "Kicker: Title"', () => {
  it.each([
    ['Bewohnerparken Lindenau verzehnfacht die Gebühr', 'Bewohnerparken: Lindenau verzehnfacht die Gebühr', 0],
    ['Schwimmen Stadt schließt Hallenbad Nord', 'Gelsenbach: Stadt schließt Hallenbad Nord', 10],
  ])('should take the headline from %j and consume the line', (line, declared, from) => {
    const input = `${line}\nDie Gebühr steigt im Januar.`;
    const result = readHeader(splitLines(input), declared);
    expect(result.headline?.text).toBe(kickerColonHeadline(line, declared)?.text);
    expect(result.headline?.span).toEqual({ start: from, end: line.length });
    expect(result.consumed).toBe(1);
  });
});
