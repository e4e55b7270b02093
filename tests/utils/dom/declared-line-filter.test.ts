import { describe, expect, it } from 'vitest';
import { declaredLineFilter } from '../../../utils/dom/declared-line-filter';
import { DeclaredText } from '../../../utils/dom/declared-text';

const PARAGRAPHS = [
  'The council voted on Tuesday to rebuild the old ferry pier after three years of dispute on the waterfront.',
  'Fishermen had argued that a longer pier would narrow the channel used by the largest boats in winter.',
  'Read more about the design in the engineers report, which the council published in full last month.',
  'Work is due to start in the spring and should take about eighteen months, the council said on Tuesday.',
];
const PROMO = 'Sign up for the Harbourton morning briefing, free in your inbox every weekday.';

describe('declaredLineFilter', () => {
  it('should drop lines the declared body lacks and keep its own, teaser-like ones included', () => {
    const keep = declaredLineFilter(new DeclaredText(PARAGRAPHS.join('\n')), [...PARAGRAPHS, PROMO]);
    expect(PARAGRAPHS.every((line) => keep?.(line))).toBe(true);
    expect(keep?.(PROMO)).toBe(false);
  });

  it('should keep a long paragraph added after the declared copy was written (an update)', () => {
    const update =
      'Update, 4.30pm: The council has since said that the ferry will keep running from the old pier until the end ' +
      'of April, two weeks longer than planned, because the temporary landing on the north beach is not yet ready ' +
      'for passengers with bicycles or wheelchairs.';
    // A story of usual length (eight paragraphs): the update is a small part of it.
    const story = [...PARAGRAPHS, ...PARAGRAPHS.map((line) => line.replace('council', 'harbour board'))];
    const keep = declaredLineFilter(new DeclaredText(story.join('\n')), [...story, update, PROMO]);
    expect(keep?.(update)).toBe(true);
    expect(keep?.(PROMO)).toBe(false);
  });

  it("should measure the declared copy against the block's lines before our line rules dropped any", () => {
    const sheet = 'Harbourside: Okafor; Reyes, Whitmore, Banda, Holt; Marsh, Lowe; Price, Daly, Sato; Okonjo.';
    const facts = 'Subs not used: Fenwick, Ashby, Mole, Carr, Tindall. Referee: Peter Bankes. Attendance: 41,212.';
    const declared = new DeclaredText([...PARAGRAPHS.slice(0, 2), sheet, facts, sheet, facts].join('\n'));
    const kept = [...PARAGRAPHS.slice(0, 2), PROMO];
    // Our lines without the team sheets hold too little of the declared copy to trust it…
    expect(declaredLineFilter(declared, kept)).toBeUndefined();
    // …the block's lines hold all of it, so the promo the copy lacks goes.
    const keep = declaredLineFilter(declared, kept, new Set(), [...kept, sheet, facts, sheet, facts]);
    expect(keep?.(PROMO)).toBe(false);
    expect(PARAGRAPHS.slice(0, 2).every((line) => keep?.(line))).toBe(true);
  });

  describe('a paragraph the stale declared copy lacks, in the middle of the story', () => {
    const added =
      'He was a member of the harbour rowing club for forty years and coxed its veterans crew at every regatta, ' +
      'shouting the stroke from the stern in a voice the whole quay could hear.';
    const story = [...PARAGRAPHS, ...PARAGRAPHS.map((line) => line.replace('council', 'harbour board'))];
    const declared = new DeclaredText(story.join('\n'));

    it('should keep it from 150 characters between two story lines', () => {
      const keep = declaredLineFilter(declared, [...story.slice(0, 4), added, ...story.slice(4), PROMO]);
      expect(keep?.(added)).toBe(true);
      expect(keep?.(PROMO)).toBe(false);
    });

    it.each([
      ['at the end of the story', (lines: string[]) => [...lines, added]],
      [
        'next to a box line the declared copy lacks',
        (lines: string[]) => [...lines.slice(0, 4), PROMO, added, ...lines.slice(4)],
      ],
    ])('should drop it %s', (_where, place) => {
      const keep = declaredLineFilter(declared, place(story));
      expect(keep?.(added)).toBe(false);
    });

    it('should drop a short sign-up blurb between two paragraphs', () => {
      const keep = declaredLineFilter(declared, [...story.slice(0, 4), PROMO, ...story.slice(4)]);
      expect(keep?.(PROMO)).toBe(false);
    });
  });

  describe("with the page's subheadings", () => {
    const HEADING = 'Work on the pier';
    const BOX = 'Get the morning briefing';
    const RELATED = 'Related stories';
    const TEASER = 'Ferry fares to rise in the new year, operator says';
    const story = [...PARAGRAPHS.slice(0, 2), HEADING, ...PARAGRAPHS.slice(2)];

    it.each([
      ['a subheading over a declared paragraph', story, HEADING],
      [
        'a subheading with its spacing different from the heading element',
        [...PARAGRAPHS.slice(0, 2), ' Work  on the pier', ...PARAGRAPHS.slice(2)],
        ' Work  on the pier',
      ],
    ])('should keep %s the declared copy lacks', (_label, lines, line) => {
      const keep = declaredLineFilter(new DeclaredText(PARAGRAPHS.join('\n')), lines, new Set([HEADING, BOX, RELATED]));
      expect(keep?.(line)).toBe(true);
      expect(PARAGRAPHS.every((paragraph) => keep?.(paragraph))).toBe(true);
    });

    it.each([
      [
        'a box heading over a line the declared body lacks',
        [PARAGRAPHS[0]!, RELATED, TEASER, ...PARAGRAPHS.slice(1)],
        RELATED,
      ],
      [
        'a heading the page does not mark as one',
        [PARAGRAPHS[0]!, 'Work on the harbour', ...PARAGRAPHS.slice(1)],
        'Work on the harbour',
      ],
      ['a heading at the end, with no line after it', [...PARAGRAPHS, BOX], BOX],
    ])('should drop %s', (_label, lines, line) => {
      const keep = declaredLineFilter(new DeclaredText(PARAGRAPHS.join('\n')), lines, new Set([HEADING, BOX, RELATED]));
      expect(keep?.(line)).toBe(false);
      expect(keep?.(TEASER)).toBe(false);
    });
  });

  it.each([
    ['a truncated teaser (the first paragraph only)', PARAGRAPHS.slice(0, 1).join('\n'), [...PARAGRAPHS, PROMO]],
    [
      'the body of another story',
      'A new bakery opened on Harbour Street this week, selling bread baked in a wood oven since dawn each day.',
      PARAGRAPHS,
    ],
    ['a body our lines hold only part of', PARAGRAPHS.join('\n'), PARAGRAPHS.slice(0, 2)],
    ['an empty body of ours', PARAGRAPHS.join('\n'), []],
  ])('should not filter when the declared body is %s', (_label, declared, lines) => {
    expect(declaredLineFilter(new DeclaredText(declared), lines)).toBeUndefined();
  });
});
