import { describe, expect, it } from 'vitest';
import { completesHeadline } from '../../../utils/page/completes-headline';
import { readHeader } from '../../../utils/page/read-header';
import { splitLines } from '../../../utils/page/split-lines';

const DECLARED = 'Board Highlights: November 19 Regular Meeting';

describe('completesHeadline', () => {
  it('should take the declared title printed under the page name that opens it', () => {
    expect(completesHeadline('Board Highlights: November 19 Regular Meeting', 'Board Highlights', DECLARED)).toBe(true);
    expect(completesHeadline('BOARD HIGHLIGHTS - November 19 regular meeting', 'Board Highlights', DECLARED)).toBe(
      true,
    );
  });

  it('should leave lines that are not the declared title in full', () => {
    // A dek starting with the headline's words is not the title.
    expect(completesHeadline('Board Highlights: what the board decided', 'Board Highlights', DECLARED)).toBe(false);
    // The same text as the headline is a repeat, read elsewhere.
    expect(completesHeadline('Board Highlights', 'Board Highlights', 'Board Highlights')).toBe(false);
    // The page's heading must open the title: a word inside it ("Highlights") is no page name.
    expect(completesHeadline(DECLARED, 'Highlights', DECLARED)).toBe(false);
    // Part of a word is not the opening words.
    expect(completesHeadline(DECLARED, 'Board High', DECLARED)).toBe(false);
    expect(completesHeadline(DECLARED, 'Board Highlights', undefined)).toBe(false);
  });
});

describe('readHeader with a page name over the title line', () => {
  it('should read the title line as the headline and start the body under it', () => {
    const lines = splitLines(`Board Highlights\n${DECLARED}\nThe board met on Tuesday in the library.`);
    const header = readHeader(lines, DECLARED);
    expect(header.headline?.text).toBe(DECLARED);
    expect(header.consumed).toBe(2);
  });

  it('should keep a first paragraph that merely starts with the headline words', () => {
    const lines = splitLines('Board Highlights\nBoard Highlights: the board met on Tuesday in the library.');
    const header = readHeader(lines, 'Board Highlights');
    expect(header.headline?.text).toBe('Board Highlights');
    expect(header.consumed).toBe(1);
  });
});
