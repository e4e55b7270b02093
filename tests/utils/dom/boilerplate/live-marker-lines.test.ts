import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

describe("a live page's minute stamps and player note (LIVE_MARKER_LINES)", () => {
  it.each([
    "85'",
    "67'Goal",
    "45+2'Goal",
    'HT',
    'FT19:24',
    'KO',
    'Please use Chrome browser for a more accessible video player',
    'Watch: Lindqvist heads in the second Please use Chrome browser for a more accessible video player',
    'Watch: Wild swimmers on why they test the river themselves',
    'Watch this: Are Unlimited Plans Worth It?',
  ])('drops the marker: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    "85' - Fenwick is clean through but shoots straight at the keeper.",
    'HT: the home side lead through an early header.',
    'Goal! Harbourside 2-1 Castlemere',
    'Please use the side entrance while the lobby is being repaired.',
    'Watch: the council votes at 7pm tonight.',
    'Watch: if the river rises again, the road will close, officials said',
  ])('keeps the post: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});
