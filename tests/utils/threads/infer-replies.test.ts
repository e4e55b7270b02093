import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Comment } from '../../../utils/model';
import { inferReplies } from '../../../utils/threads/infer-replies';
import { makeComments, type CommentSpec } from '../noise/make-comments';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** Invented top-level comments on an invented story about a harbour ferry, used as background in every case. */
const BACKGROUND: CommentSpec[] = [
  {
    author: 'harbourwatch',
    text: 'The new ferry timetable looks fine on paper, but the old boats break down every winter.',
  },
  { author: 'Ines', text: 'Ticket prices went up again. A family return now costs more than a tank of petrol.' },
  { author: 'captain_obvious', text: 'Nobody asked the islanders. They depend on this ferry for doctors and schools.' },
];

const ARTICLE =
  'The regional council approved a new timetable for the harbour ferry on Monday. Crossings will run every ' +
  'forty minutes in summer and every hour in winter, and a second boat will be leased from a Norwegian operator.';

/** Links made on BACKGROUND + `extra`, as "cX→cY evidence" strings. */
function links(extra: CommentSpec[], article = ARTICLE): string[] {
  const comments = makeComments([...BACKGROUND, ...extra]);
  return inferReplies(comments, { article }).flatMap((link, i) =>
    link ? [`${comments[i]?.id}→${link.parentId} ${link.evidence}`] : [],
  );
}

describe('inferReplies', () => {
  it.each<[string, CommentSpec[], string]>([
    ['@name anywhere', [{ author: 'Rolf', text: 'I think @Ines has a point about the fares.' }], 'c4→c2 addressed'],
    [
      '@name with a space',
      [{ author: 'Rolf', text: '@captain_obvious the islanders were asked in 2019.' }],
      'c4→c3 addressed',
    ],
    [
      'a first line that is just the name',
      [{ author: 'Rolf', text: 'ines\nPetrol is not cheaper either.' }],
      'c4→c2 addressed',
    ],
    [
      '"Name," opening',
      [{ author: 'Rolf', text: 'Harbourwatch, the boats are only six years old.' }],
      'c4→c1 addressed',
    ],
    [
      'a line starting with the name',
      [{ author: 'Rolf', text: 'Ines thanks, I had not seen the new prices.' }],
      'c4→c2 addressed',
    ],
  ])('should link by addressed name: %s', (_name, extra, expected) => {
    expect(links(extra)).toEqual([expected]);
  });

  it("should pick the addressed author's comment the reply talks about, not just their latest", () => {
    const extra: CommentSpec[] = [
      { author: 'Ines', text: 'The café on the boat closed too, no coffee on a two-hour crossing.' },
      { author: 'Rolf', text: '@Ines a family return ticket is still cheaper than the petrol for the detour.' },
    ];
    expect(links(extra)).toEqual(['c5→c2 addressed']);
  });

  it.each<[string, CommentSpec[], string]>([
    [
      'a "> " line',
      [{ author: 'Rolf', text: '> the old boats break down every winter\nOnly the one built in 1987 does.' }],
      'c4→c1 quote',
    ],
    [
      'a ""double-quoted"" passage',
      [{ author: 'Rolf', text: '""A family return now costs more than a tank"" - only if you drive a tiny car.' }],
      'c4→c2 quote',
    ],
    [
      'a “curly-quoted” passage',
      [{ author: 'Rolf', text: 'Who says “they depend on this ferry for doctors”? There is a clinic on the island.' }],
      'c4→c3 quote',
    ],
    [
      'a whole short comment quoted (quote leads over shared words)',
      [{ author: 'Rolf', text: '"A family return now costs more than a tank of petrol."\nThanks, that explains it.' }],
      'c4→c2 quote',
    ],
  ])('should link by quote: %s', (_name, extra, expected) => {
    expect(links(extra)).toEqual([expected]);
  });

  it.each<[string, CommentSpec, string]>([
    [
      'a marked quote',
      { author: 'Rolf', text: '""A family return now costs more than a tank"" - only if you drive a tiny car.' },
      'quotes "a family return now costs more…" from Ines',
    ],
    [
      'an unmarked shared run',
      {
        author: 'Rolf',
        text:
          'Nobody asked the islanders. They depend on this ferry for doctors and schools, ' +
          'and the council still moved the last crossing to six in the evening.',
      },
      'repeats text of captain_obvious',
    ],
  ])('should give a quote reason that names the author quoted, not an internal id: %s', (_name, extra, reason) => {
    const link = inferReplies(makeComments([...BACKGROUND, extra]), { article: ARTICLE })[3];
    expect(link?.reason.split('; ')).toContain(reason);
    expect(link?.reason).not.toMatch(/\bc\d+\b/);
  });

  it('should give a reason that names the author answered, not an internal id', () => {
    const comments = makeComments([
      ...BACKGROUND,
      { author: 'Mira', text: 'Is the second boat already paid for? Or is that next year?' },
      { author: 'Rolf', text: 'No. The lease starts in April and comes out of this budget.' },
    ]);
    expect(inferReplies(comments, { article: ARTICLE })[4]?.reason).toBe("answers Mira's question");
  });

  it.each<[string, CommentSpec[], string]>([
    [
      'a "No." after a question',
      [
        { author: 'Mira', text: 'Is the second boat already paid for? Or is that next year?' },
        { author: 'Rolf', text: 'No. The lease starts in April and comes out of this budget.' },
      ],
      'c5→c4 answer',
    ],
    [
      'a "Yes," after a question in the middle of the comment',
      [
        { author: 'Mira', text: 'Does the winter timetable include Sundays? I could not find it.' },
        { author: 'Rolf', text: 'Yes, two crossings on Sunday mornings.' },
      ],
      'c5→c4 answer',
    ],
    [
      'a short reply built on a rare word of the comment before it',
      [
        { author: 'Mira', text: 'Remember the hovercraft? Twenty minutes across, gone since 2005.' },
        { author: 'Rolf', text: 'The hovercraft was loud though.' },
      ],
      'c5→c4 answer',
    ],
    [
      'a rebuttal several comments later taking up a phrase of the comment',
      [
        {
          author: 'Mira',
          text:
            'The council should buy electric catamarans outright instead of leasing diesel boats. Leasing costs a ' +
            'fortune over ten years and the islanders breathe the exhaust.',
        },
        { author: 'Tom', text: 'Good to see the summer crossings every forty minutes.' },
        { author: 'Jana', text: 'Parking at the harbour is the real scandal.' },
        {
          author: 'Rolf',
          text:
            'Electric catamarans cannot do the winter crossing with a full car deck yet.\nAnd leasing for ten years ' +
            'is cheaper than owning a boat you cannot sell.',
        },
      ],
      'c7→c4 answer',
    ],
  ])('should link by content: %s', (_name, extra, expected) => {
    expect(links(extra)).toEqual([expected]);
  });

  it.each<[string, CommentSpec[]]>([
    [
      'a fresh comment after a question',
      [
        { author: 'Mira', text: 'Why does nobody mention the harbour parking?' },
        {
          author: 'Rolf',
          text: 'In my village the bakery closes at noon on Saturdays now, which is a shame for tourists.',
        },
      ],
    ],
    [
      'a quote of the article, not of a comment',
      [
        { author: 'Mira', text: 'Leasing from a Norwegian operator again, see the old boats.' },
        { author: 'Rolf', text: '"a second boat will be leased from a Norwegian operator" - for how much?' },
      ],
    ],
    [
      'a quote nobody wrote',
      [{ author: 'Rolf', text: '"Ferries are the lifeline of the islands" as my grandfather said.' }],
    ],
    [
      'a name that is no earlier author',
      [{ author: 'Rolf', text: '@Karl you were right about the winter timetable.' }],
    ],
    ['the commenter addressing themself', [{ author: 'Ines', text: 'Ines, stop complaining, I tell myself.' }]],
    [
      'topic words every comment shares',
      [{ author: 'Rolf', text: 'The ferry timetable for winter is worse than summer.' }],
    ],
    ['a sentence opening with a name in other case', [{ author: 'Rolf', text: 'INES said nothing new today.' }]],
    [
      'an author named with stop words only',
      [
        { author: 'what', text: 'Windy day at the harbour, the cafe was closed.' },
        { author: 'Rolf', text: 'what a strange timetable they picked for the winter crossings.' },
      ],
    ],
    [
      "a later author's name",
      [
        { author: 'Rolf', text: 'Mira, what do you think?' },
        { author: 'Mira', text: 'About what?' },
      ],
    ],
  ])('should make no link for %s', (_name, extra) => {
    expect(links(extra)).toEqual([]);
  });

  it('should not link a copy of an earlier comment as a reply to it', () => {
    const copy = { author: 'spammer', text: BACKGROUND[0]?.text ?? '' };
    expect(links([copy])).toEqual([]);
  });

  it('should keep links the page nesting gave, even to comments without other evidence', () => {
    const comments = makeComments([
      ...BACKGROUND,
      {
        author: 'Rolf',
        text: 'Completely unrelated words.',
        replyTo: { parentId: 'c1', confidence: 1, evidence: 'dom', reason: 'nested' },
      },
    ]);
    expect(inferReplies(comments)[3]).toEqual(comments[3]?.replyTo);
  });

  it('should replace an inferred link given as input rather than trust it', () => {
    const comments = makeComments([
      ...BACKGROUND,
      {
        author: 'Rolf',
        text: 'Completely unrelated words.',
        replyTo: { parentId: 'c1', confidence: 0.9, evidence: 'quote', reason: 'stale' },
      },
    ]);
    expect(inferReplies(comments)[3]).toBeUndefined();
  });

  it('should give each link a confidence at or above the threshold and a reason', () => {
    const comments = makeComments([...BACKGROUND, { author: 'Rolf', text: '@Ines fares are set by the state.' }]);
    const link = inferReplies(comments)[3];
    expect(link?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(link?.confidence).toBeLessThanOrEqual(1);
    expect(link?.reason).toBe('addresses @Ines');
  });

  it.each<[string, Comment[]]>([
    ['no comments', []],
    [
      'empty texts and authors',
      makeComments([
        { author: '', text: '' },
        { author: '', text: '' },
        { author: ' ', text: '@' },
      ]),
    ],
    [
      'odd characters',
      makeComments([
        { author: '@@', text: '> \n""""\n“”' },
        { author: '\u0000', text: '\uFFFF?' },
      ]),
    ],
  ])('should not throw on %s', (_name, comments) => {
    expect(inferReplies(comments)).toHaveLength(comments.length);
  });

  it('should finish on 10,000 comments with every link pointing earlier', { timeout: 120_000 }, () => {
    const words = ['ferry', 'harbour', 'ticket', 'winter', 'island', 'council', 'boat', 'petrol', 'doctor', 'lease'];
    const specs = Array.from({ length: 10_000 }, (_, i) => ({
      author: `reader${i % 700}`,
      text:
        i % 10 === 3
          ? `@reader${(i * 7) % 700} is the ${words[i % 10]} really ${words[(i * 3) % 10]}? Reply ${i}.`
          : `Comment ${i} about the ${words[i % 10]} and the ${words[(i * 7) % 10]} rare${i % 97} word${i % 89}.`,
    }));
    const comments = makeComments(specs);
    const result = inferReplies(comments);
    expect(result).toHaveLength(10_000);
    result.forEach((link, i) => {
      if (link) expect(Number(link.parentId.slice(1)) - 1).toBeLessThan(i);
    });
  });
});

/** Hand-labelled invented comment sections (tests/fixtures/threads-*): every link made must agree with the label. */
describe('inferReplies on labelled fixtures', () => {
  interface Fixture {
    article: string;
    comments: (CommentSpec & { parent: number | null })[];
  }
  it.each(['threads-tram-vote', 'threads-heat-pumps'])('should make no wrong link on %s', (slug) => {
    const fixture = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures', slug, 'input.json'), 'utf8')) as Fixture;
    const comments = makeComments(fixture.comments);
    const made = inferReplies(comments, { article: fixture.article });
    const wrong = made.flatMap((link, i) => {
      const parent = fixture.comments[i]?.parent;
      const expected = parent === null || parent === undefined ? undefined : `c${parent + 1}`;
      return link && link.parentId !== expected ? [`c${i + 1}→${link.parentId}`] : [];
    });
    const found = made.filter((link, i) => link && fixture.comments[i]?.parent !== null).length;
    const labelled = fixture.comments.filter((c) => c.parent !== null).length;
    expect(wrong).toEqual([]);
    expect(found).toBeGreaterThanOrEqual(labelled / 2);
  });
});
