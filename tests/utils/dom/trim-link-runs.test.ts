import { describe, expect, it } from 'vitest';
import { isLinkItem, trimLinkRuns, type LineLinks } from '../../../utils/dom/trim-link-runs';

const prose: LineLinks = { chars: 180, linkChars: 12, sentence: true };
const link: LineLinks = { chars: 30, linkChars: 30, sentence: false };
const label: LineLinks = { chars: 15, linkChars: 0, sentence: false };
const shortProse: LineLinks = { chars: 20, linkChars: 0, sentence: true };
const links = (n: number): LineLinks[] => Array.from({ length: n }, () => link);
/** Link items the writer numbered 1, 2, …, n. */
const numbered = (n: number): LineLinks[] => Array.from({ length: n }, (_, at) => ({ ...link, ordinal: at + 1 }));
/** "Interesting research out today:" over a quotation. */
const leadIn: LineLinks = { chars: 32, linkChars: 6, sentence: false, leadIn: true };

describe('trimLinkRuns', () => {
  it.each([
    ['a menu above the post', [...links(6), prose, prose], { start: 6, end: 8 }],
    ['a labelled teaser list below the post', [prose, prose, label, ...links(5)], { start: 0, end: 2 }],
    ['both', [label, ...links(5), prose, label, ...links(7)], { start: 6, end: 7 }],
    ['a menu over a short lead-in', [...links(6), leadIn, prose], { start: 6, end: 8 }],
    ['a menu ending on a colon label over more links', [...links(6), leadIn, link, prose], { start: 8, end: 9 }],
    [
      'a list whose numbers do not count by one (ranks)',
      [prose, ...[3, 9, 1, 7, 4].map((ordinal) => ({ ...link, ordinal }))],
      { start: 0, end: 1 },
    ],
    ['a list numbered only in part', [prose, ...numbered(4), link, link], { start: 0, end: 1 }],
  ])('should cut %s', (_case, lines, expected) => {
    expect(trimLinkRuns(lines)).toEqual(expected);
  });

  it.each([
    ['a short link list at the end', [prose, prose, ...links(3)]],
    ['a link list in the middle (a round-up post)', [prose, ...links(9), prose]],
    ['a run broken by a short sentence', [prose, ...links(2), shortProse, ...links(3)]],
    ['a list of links the writer numbered, under its lead-in', [prose, label, ...numbered(9)]],
    ['a numbered list above the post', [...numbered(6), prose]],
    ['no lines', []],
  ])('should keep everything with %s', (_case, lines) => {
    expect(trimLinkRuns(lines)).toEqual({ start: 0, end: lines.length });
  });
});

describe('isLinkItem', () => {
  it.each([
    ['a line all link', link, true],
    ['a line half link', { chars: 40, linkChars: 20, sentence: false }, true],
    ['prose with a link in it', prose, false],
    ['an empty line', { chars: 0, linkChars: 0, sentence: false }, false],
  ])('should tell whether %s is a link item', (_case, line, expected) => {
    expect(isLinkItem(line)).toBe(expected);
  });
});
