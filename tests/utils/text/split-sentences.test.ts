import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../utils/text/split-sentences';

const texts = (input: string): string[] => splitSentences(input).map((sentence) => sentence.text);

describe('splitSentences', () => {
  it.each([
    [
      'titles',
      'Mr. Lee met Dr. Ortiz and Gen. Park. They spoke.',
      ['Mr. Lee met Dr. Ortiz and Gen. Park.', 'They spoke.'],
    ],
    ['saint and place', 'She lives in St. Paul now. Rain fell.', ['She lives in St. Paul now.', 'Rain fell.']],
    [
      'dotted acronyms mid-sentence',
      'The U.S. and the U.N. agreed. Talks end.',
      ['The U.S. and the U.N. agreed.', 'Talks end.'],
    ],
    [
      'acronym before a name',
      'Aid rose. U.S. President Ann Cole spoke.',
      ['Aid rose.', 'U.S. President Ann Cole spoke.'],
    ],
    [
      'acronym ending a sentence',
      'It was made in the U.S. The plant closed.',
      ['It was made in the U.S.', 'The plant closed.'],
    ],
    [
      'a.m. and p.m.',
      'We met at 9 a.m. Friday and left at 5 p.m. He was tired.',
      ['We met at 9 a.m. Friday and left at 5 p.m.', 'He was tired.'],
    ],
    ['initials', 'John Q. Public voted. Polls closed.', ['John Q. Public voted.', 'Polls closed.']],
    ['decimals', 'Prices rose 3.5 percent. Wages did not.', ['Prices rose 3.5 percent.', 'Wages did not.']],
    [
      'numbers after No.',
      'She is ranked No. 4 in the world. Next year?',
      ['She is ranked No. 4 in the world.', 'Next year?'],
    ],
    ['months before a day', 'It began on Jan. 6 at noon. Few saw it.', ['It began on Jan. 6 at noon.', 'Few saw it.']],
    [
      'company names',
      'Acme Inc. shares fell. He joined Acme Inc. The firm grew.',
      ['Acme Inc. shares fell.', 'He joined Acme Inc.', 'The firm grew.'],
    ],
    [
      'closing quote after the period',
      'He said: “We are ready.” Then he left.',
      ['He said: “We are ready.”', 'Then he left.'],
    ],
    [
      'quote ending with a comma',
      '“We want good ties,” he added. Talks follow.',
      ['“We want good ties,” he added.', 'Talks follow.'],
    ],
    [
      'quoted question then lower case',
      '“Why now?” she asked. Nobody knew.',
      ['“Why now?” she asked.', 'Nobody knew.'],
    ],
    [
      'two sentences inside one quote',
      '“We will win. They will lose,” he said. Then he left.',
      ['“We will win. They will lose,” he said.', 'Then he left.'],
    ],
    [
      'closing bracket',
      'The vote passed (barely.) Critics objected.',
      ['The vote passed (barely.)', 'Critics objected.'],
    ],
    ['ellipsis then capital', 'Well… We tried. Fine.', ['Well…', 'We tried.', 'Fine.']],
    ['ellipsis then lower case', 'It was... fine, really. Okay.', ['It was... fine, really.', 'Okay.']],
    [
      'spaced ellipsis',
      'How does it go . . . With friends like these? Sure.',
      ['How does it go . . .', 'With friends like these?', 'Sure.'],
    ],
    ['interrobang', 'Really?! Yes!!! No.', ['Really?!', 'Yes!!!', 'No.']],
    ['numbered list', '1. Buy milk. 2. Call home.', ['1. Buy milk.', '2. Call home.']],
    ['no final punctuation', 'One thing. Another thing without end', ['One thing.', 'Another thing without end']],
    ['line breaks', 'A heading\nA line. Another', ['A heading', 'A line.', 'Another']],
  ])('should split %s', (_name, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it.each([
    ['empty text', ''],
    ['white space only', '  \n\t '],
  ])('should return no sentence for %s', (_name, input) => {
    expect(splitSentences(input)).toEqual([]);
  });

  it.each([
    ['Windows line ends', 'One line.\r\nTwo line.', ['One line.', 'Two line.']],
    ['control characters', 'A\u0000b. C\u0007d.', ['A\u0000b.', 'C\u0007d.']],
    ['a lone surrogate', 'Odd \ud800 text. Next.', ['Odd \ud800 text.', 'Next.']],
  ])('should not throw on odd input: %s', (_name, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it.each([
    ['punctuation only', '... !!! ???'],
    ['a binary-looking run', '\u0001\u0002. \uFFFD\uFFFD. '],
  ])('should keep every sentence trimmed and sliceable for %s', (_name, input) => {
    const sentences = splitSentences(input);
    expect(sentences.length).toBeGreaterThan(0);
    for (const sentence of sentences) {
      expect(input.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expect(sentence.text).toBe(sentence.text.trim());
    }
  });

  it('should give offsets into the input that slice to each sentence', () => {
    const input = '  “Go.” He went.\n\nMr. Ng stayed at 5 p.m. The end  ';
    for (const sentence of splitSentences(input)) {
      expect(input.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });

  it('should shift offsets by the given offset', () => {
    const page = 'Title\nFirst one. Second one.';
    const at = page.indexOf('First');
    const sentences = splitSentences(page.slice(at), at);
    expect(sentences.map((s) => page.slice(s.start, s.end))).toEqual(['First one.', 'Second one.']);
  });

  it('should not keep an unclosed quote from splitting', () => {
    expect(texts('“We go now. They stay. Nobody knows')).toEqual(['“We go now.', 'They stay.', 'Nobody knows']);
  });
});
