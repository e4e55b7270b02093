import { describe, expect, it } from 'vitest';
import { splitCredits } from '../../../utils/page/split-credits';

const line = (text: string) => ({ text, start: 0, end: text.length });

describe('splitCredits', () => {
  it('should split a credit sentence from the copyright notice glued to it', () => {
    const text =
      'Globe writers Ann Lee in Oslo and Bo Kim in Seoul contributed.© 2024 Globe Media Ltd. All rights reserved.';
    const result = splitCredits(line(text));
    expect(result?.credits?.text).toBe('Globe writers Ann Lee in Oslo and Bo Kim in Seoul contributed.');
    expect(result?.copyright?.text).toBe('© 2024 Globe Media Ltd. All rights reserved.');
    expect(result?.publisher?.text).toBe('Globe Media Ltd');
    for (const meta of [result?.credits, result?.copyright, result?.publisher]) {
      expect(meta?.span && text.slice(meta.span.start, meta.span.end)).toBe(meta?.text);
    }
  });

  it.each([
    ['Copyright 2023 Daily Planet. All rights reserved.', 'Daily Planet'],
    ['(c) 2020-2023 Example News', 'Example News'],
    ['© Copyright 2023 The Associated Press.', 'The Associated Press'],
  ])('should read the holder of %j as publisher', (text, publisher) => {
    const result = splitCredits(line(text));
    expect(result?.copyright?.text).toBe(text);
    expect(result?.credits).toBeUndefined();
    expect(result?.publisher?.text).toBe(publisher);
  });

  it.each([
    ['Reuters reporters in Kyiv contributed to this report.', 'Reuters'],
    ['Associated Press writer Ann Lee contributed.', 'Associated Press'],
    ['Reporting by Ann Lee; Editing by Bo Kim', undefined],
    ['Edited by: Bo Kim', undefined],
    ['--Editing by Bo Kim.', undefined],
    ['--Additional reporting by Ann Lee. Editing by Bo Kim.', undefined],
    ['(HARBOUR 24 with AFP)', undefined],
    ['(AFP, Reuters)', undefined],
    ['(with AP)', undefined],
    ['ab/rc (dpa, Reuters)', undefined],
    ['- Additional reporting RNZ', undefined],
    ['— With additional reporting from AAP', undefined],
    ['Additional reporting: Reuters', undefined],
    ['Avec AFP', undefined],
    ['Avec La Presse Canadienne', undefined],
    ['Avec AFP et Reuters', undefined],
    ['— With AP', undefined],
  ])('should read the credit line %j', (text, publisher) => {
    const result = splitCredits(line(text));
    expect(result?.credits?.text).toBe(text);
    expect(result?.publisher?.text).toBe(publisher);
  });

  it.each([
    ['An ordinary paragraph that says nothing about credits.'],
    ['The copyright 2023 law was passed by parliament.'],
    ['He contributed to the fund and left.'],
    ['(The council met on Monday.)'],
    ['(NASA later denied it, saying the data were wrong.)'],
    ['Edited highlights of the debate will air on Sunday.'],
    ['Additional reporting requirements for lenders start in July.'],
    ['- additional reporting rules were dropped from the bill.'],
    ['--Editing the rules by hand took the clerks a week.'],
    ['Avec AFP, le ministre a confirmé la vente.'],
    ['avec AFP'],
    ['With AP reporters on the ground, the story spread.'],
  ])('should leave %j alone', (text) => {
    expect(splitCredits(line(text))).toBeUndefined();
  });
});

describe('splitCredits with a contributors label', () => {
  it.each(['Contributing: Bo Roe, USA TODAY; The Associated Press', 'Contributing: Ann Lee'])(
    'should read %j as the credits',
    (text) => {
      expect(splitCredits(line(text))?.credits?.text).toBe(text);
    },
  );

  it.each(['Contributing to the fund were 40 local firms.', 'Contributing factors included the drought.'])(
    'should leave %j alone',
    (text) => {
      expect(splitCredits(line(text))).toBeUndefined();
    },
  );
});

describe('splitCredits with a lower-case "with" after a dash', () => {
  it.each(['- with AAP', '— with Reuters', '– with AAP and AFP', '-with AP.'])(
    'should read %j as the credits',
    (text) => {
      expect(splitCredits(line(text))?.credits?.text).toBe(text);
    },
  );

  it.each(['with AAP', '- with AAP reporters on the ground, the story spread.', '- with the mayor and AAP'])(
    'should leave %j alone',
    (text) => {
      expect(splitCredits(line(text))).toBeUndefined();
    },
  );
});
