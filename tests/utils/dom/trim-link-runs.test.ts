import { describe, expect, it } from 'vitest';
import { isLinkItem, trimLinkRuns, type LineLinks } from '../../../utils/dom/trim-link-runs';

const prose: LineLinks = { chars: 180, linkChars: 12, sentence: true };
const link: LineLinks = { chars: 30, linkChars: 30, sentence: false };
const label: LineLinks = { chars: 15, linkChars: 0, sentence: false };
const shortProse: LineLinks = { chars: 20, linkChars: 0, sentence: true };
const links = (n: number): LineLinks[] => Array.from({ length: n }, () => link);

describe('trimLinkRuns', () => {
  it.each([
    ['a menu above the post', [...links(6), prose, prose], { start: 6, end: 8 }],
    ['a labelled teaser list below the post', [prose, prose, label, ...links(5)], { start: 0, end: 2 }],
    ['both', [label, ...links(5), prose, label, ...links(7)], { start: 6, end: 7 }],
  ])('should cut %s', (_case, lines, expected) => {
    expect(trimLinkRuns(lines)).toEqual(expected);
  });

  it.each([
    ['a short link list at the end', [prose, prose, ...links(3)]],
    ['a link list in the middle (a round-up post)', [prose, ...links(9), prose]],
    ['a run broken by a short sentence', [prose, ...links(2), shortProse, ...links(3)]],
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
