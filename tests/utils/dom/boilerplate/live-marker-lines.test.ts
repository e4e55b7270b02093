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

describe("a live post's stamp printed twice over (LIVE_MARKER_LINES)", () => {
  it.each([
    '8 hours ago(18:55 GMT)',
    '12 mins ago 14:05',
    'an hour ago (09:30 BST)',
    'Nov. 28, 2026, 5:41 p.m. ET 5:41 p.m. ET',
    'Sat 28 Nov 2026, 14:32 14:32',
    '11:10 PM 11:10 PM',
  ])('drops the stamp: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    '1:14 P.M. EST',
    '9.30am 10.45am',
    'Nov. 28, 2026, 5:41 p.m. ET',
    'Polls closed 2 hours ago at 20:00 GMT, and counting has begun.',
    '8 hours ago, the river burst its banks at 18:55 GMT.',
  ])('keeps the line: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe("a live page's closing banner (LIVE_MARKER_LINES)", () => {
  it.each([
    'This live page is now closed. You can continue to follow our coverage of Cyclone Dhara here.',
    'This blog is now closed.',
    'Our live coverage has ended.',
    'This live coverage has concluded. Follow the latest on the storm here.',
  ])('drops the banner: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'The page is now closed to new signatures, the petition’s organisers said.',
    'The coverage of the trial was criticised by the judge.',
    'This blog has covered the harbour for ten years.',
    'This blog is now closed to comments from new accounts.',
  ])('keeps the line: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});
