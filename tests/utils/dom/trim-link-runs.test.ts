import { describe, expect, it } from 'vitest';
import { trimLinkRuns, type LineLinks } from '../../../utils/dom/trim-link-runs';

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
