import { describe, expect, it } from 'vitest';
import type { Comment } from '../../../utils/model';
import { generateCommentsPage } from '../../../scripts/bench/generate-comments-page';
import { segmentPage, segmentPageSteps } from '../../../utils/page/segment-page';
import { ITEMS_PER_STEP } from '../../../utils/steps/steps';

const ARTICLE = [
  'The city council voted on Tuesday to close the old harbour bridge for repairs, officials said.',
  'Engineers had warned for years that the steel frame was corroding faster than expected.',
  'The bridge carries about 20,000 vehicles a day and links the port to the northern districts.',
].join('\n');

const authors = (comments: Comment[]): string[] => comments.map((comment) => comment.author.text);
const codes = (input: string, options = {}): string[] => segmentPage(input, options).warnings.map((w) => w.code);

/** Every span in the result must be the input text it claims to be. */
function expectSpansMatch(input: string, result: ReturnType<typeof segmentPage>): void {
  for (const p of result.body) expect(input.slice(p.start, p.end)).toBe(p.text);
  for (const c of result.comments) {
    expect(input.slice(c.author.start, c.author.end)).toBe(c.author.text);
    for (const p of c.paragraphs) expect(input.slice(p.start, p.end)).toBe(p.text);
    expect(c.text).toBe(c.paragraphs.map((p) => p.text).join('\n'));
  }
  for (const meta of [result.metadata.date, result.metadata.headline, ...result.metadata.bylines]) {
    if (meta?.span) expect(input.slice(meta.span.start, meta.span.end)).toBe(meta.text);
  }
}

describe('segmentPage', () => {
  describe('header', () => {
    it('should leave the date undefined when the page has no date header', () => {
      const result = segmentPage(ARTICLE);
      expect(result.metadata.date).toBeUndefined();
      expect(result.body).toHaveLength(3);
    });

    it.each([
      ['date 2023-09-12 ', '2023-09-12'],
      ['September 12, 2023\n', '2023-09-12'],
      ['12 Sep 2023\n', '2023-09-12'],
      ['2023-09-12T10:00:00Z\n', '2023-09-12T10:00:00Z'],
      ['Published: September 12, 2023\n', '2023-09-12'],
      ['Updated 12 September 2023\n', '2023-09-12'],
    ])('should read the date header %j and keep it out of the body', (prefix, iso) => {
      const input = prefix + ARTICLE;
      const result = segmentPage(input);
      expect(result.metadata.date?.iso).toBe(iso);
      expect(result.body.map((p) => p.text)).toEqual(ARTICLE.split('\n'));
      expectSpansMatch(input, result);
    });

    it('should read headline and bylines, which are not body paragraphs', () => {
      const input = `Harbour bridge to close for repairs\nBy Ana López and Li Wei\n${ARTICLE}`;
      const result = segmentPage(input);
      expect(result.metadata.headline?.text).toBe('Harbour bridge to close for repairs');
      expect(result.metadata.bylines.map((b) => b.text)).toEqual(['Ana López', 'Li Wei']);
      expect(result.body).toHaveLength(3);
      expectSpansMatch(input, result);
    });
  });

  describe('standfirst', () => {
    const DEK = 'Engineers say the crossing will stay shut until spring.';
    const input = `Harbour bridge to close for repairs\n${DEK}\nBy Ana López\n${ARTICLE}`;
    const standfirstOf = (text: string, meta: Record<string, string>) => {
      const result = segmentPage(text, {
        kind: 'page',
        meta: { headline: 'Harbour bridge to close for repairs', ...meta },
      });
      return { standfirst: result.metadata.standfirst, body: result.body.map((p) => p.text) };
    };

    it.each([
      ['names it as its dek', { standfirst: DEK }],
      ['repeats it in its description', { description: DEK }],
      ['gives a description cut short', { description: 'Engineers say the crossing will stay shut…' }],
    ])('should keep the standfirst out of the body when the page %s', (_, meta) => {
      const { standfirst, body } = standfirstOf(input, meta);
      expect(standfirst).toEqual({
        text: DEK,
        span: { start: input.indexOf(DEK), end: input.indexOf(DEK) + DEK.length },
      });
      expect(body).toEqual(ARTICLE.split('\n'));
    });

    it('should find a named dek printed under the byline, and drop the reading time under it', () => {
      const text = `Harbour bridge to close for repairs\nBy Ana López\n${DEK}\n5 min read\n${ARTICLE}`;
      const { standfirst, body } = standfirstOf(text, { standfirst: DEK });
      expect(standfirst?.text).toBe(DEK);
      expect(body).toEqual(ARTICLE.split('\n'));
    });

    it('should keep a named dek the text does not print, without a span', () => {
      const { standfirst, body } = standfirstOf(`Harbour bridge to close for repairs\n${ARTICLE}`, { standfirst: DEK });
      expect(standfirst).toEqual({ text: DEK });
      expect(body).toEqual(ARTICLE.split('\n'));
    });

    it.each([
      ['saved text with nothing naming it', {}],
      [
        'a description that is the first paragraph, not the line above the byline',
        { description: ARTICLE.split('\n')[0]! },
      ],
    ])('should leave a line above the byline in the body for %s', (_, meta) => {
      const { standfirst, body } = standfirstOf(input, meta);
      expect(standfirst).toBeUndefined();
      expect(body).toEqual([DEK, ...ARTICLE.split('\n')]);
    });
  });

  describe('comments', () => {
    it('should find no comments in an article without a comment section, short lines included', () => {
      const input = `${ARTICLE}\nMayor Ann Berg\nThe work starts in May.\nRoad closures\nDetours are signposted.`;
      const result = segmentPage(input);
      expect(result.comments).toEqual([]);
      expect(result.body).toHaveLength(7);
      expect(result.warnings).toEqual([]);
    });

    it('should drop furniture lines between article paragraphs', () => {
      const input = ARTICLE.replace('\n', '\nADVERTISEMENT\nShare\n');
      expect(segmentPage(input).body.map((p) => p.text)).toEqual(ARTICLE.split('\n'));
    });

    it.each([
      ['1 Comment', 1],
      ['Comments (2)', 2],
      ['2 comments', 2],
      ['Show 2 comments', 2],
    ])('should read the count line %j', (countLine, count) => {
      const input = `${ARTICLE}\n${countLine}\nAnn\nFair point.\nBo\nIt was overdue.`;
      const result = segmentPage(input);
      expect(result.commentSection.declaredCount).toBe(count);
      expect(result.commentSection.countLine?.text).toBe(countLine);
      expect(authors(result.comments)).toEqual(['Ann', 'Bo']);
      expect(result.body).toHaveLength(3);
    });

    it('should warn with both numbers when the declared count disagrees', () => {
      const input = `${ARTICLE}\n12 Comments\nAnn\nFair point.\nBo\nIt was overdue.`;
      const result = segmentPage(input);
      expect(authors(result.comments)).toEqual(['Ann', 'Bo']);
      const warning = result.warnings.find((w) => w.code === 'count-mismatch');
      expect(warning?.message).toContain('12');
      expect(warning?.message).toContain('2');
    });

    it('should accept names with spaces, digits, underscores and non-Latin letters', () => {
      const names = ['José Ramón', '李明', 'Мария_88', 'ok1517'];
      const input = `${ARTICLE}\n4 Comments\n${names.map((name) => `${name}\nI read this twice.`).join('\n')}`;
      const result = segmentPage(input);
      expect(authors(result.comments)).toEqual(names);
      expectSpansMatch(input, result);
    });

    it('should keep shouted lines, reply markers and quotes inside the comment text', () => {
      const lines = ['Ann', 'THIS IS A DISGRACE', 'Bo', '@Ann', 'calm down', 'Cy', '> the steel frame', 'Indeed.'];
      const lines2 = ['Dee', '""The bridge carries""', 'So what?'];
      const input = `${ARTICLE}\nComments\n${[...lines, ...lines2].join('\n')}`;
      const result = segmentPage(input);
      expect(authors(result.comments)).toEqual(['Ann', 'Bo', 'Cy', 'Dee']);
      expect(result.comments.map((c) => c.paragraphs.length)).toEqual([1, 2, 2, 2]);
      expect(result.comments[1]?.text).toBe('@Ann\ncalm down');
    });

    it('should record chrome and keep it out of the comments', () => {
      const input = `${ARTICLE}\n2 Comments\nSign in to comment\nSort by: Newest\nAnn\nFair point.\nReply\nBo\nIt was overdue.\nLoad more comments`;
      const result = segmentPage(input);
      expect(result.commentSection.chrome.map((c) => c.text)).toEqual([
        'Sign in to comment',
        'Sort by: Newest',
        'Reply',
        'Load more comments',
      ]);
      expect(authors(result.comments)).toEqual(['Ann', 'Bo']);
      expect(result.comments[0]?.paragraphs.map((p) => p.text)).toEqual(['Fair point.']);
    });

    it('should warn about text before the first author that belongs to no comment', () => {
      const input = `${ARTICLE}\nComments\nPlease keep the discussion civil.\nAnn\nFair point.`;
      const result = segmentPage(input);
      expect(authors(result.comments)).toEqual(['Ann']);
      expect(result.warnings.map((w) => w.code)).toEqual(['orphan-text']);
    });

    it('should give comment ids, indexes, spans and unscored noise', () => {
      const input = `${ARTICLE}\n2 Comments\nAnn\nFair point.\nSecond line.\nBo\nIt was overdue.`;
      const [first, second] = segmentPage(input).comments;
      expect([first?.id, first?.index, second?.id, second?.index]).toEqual(['c1', 0, 'c2', 1]);
      expect(first && input.slice(first.start, first.end)).toBe('Ann\nFair point.\nSecond line.');
      expect(first?.noise).toEqual({ score: 0, reasons: [] });
      expect(first?.replyTo).toBeUndefined();
    });
  });

  describe('odd input', () => {
    it('should handle CRLF and stray whitespace with exact offsets', () => {
      const input = `  date 2023-09-12   ${ARTICLE.replaceAll('\n', ' \r\n\r\n\t')}\r\n2 Comments \r\n Ann\r\nFair point. \r\nBo \r\nIt was overdue.\r\n`;
      const result = segmentPage(input);
      expect(result.body).toHaveLength(3);
      expect(authors(result.comments)).toEqual(['Ann', 'Bo']);
      expectSpansMatch(input, result);
    });

    it('should segment non-English pages', () => {
      const input = [
        'Veröffentlicht: 12.09.2023',
        'Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke für Reparaturen zu schließen.',
        'Die Ingenieure hatten seit Jahren gewarnt, dass der Stahl schneller rostet als erwartet.',
        '2 Kommentare',
        'Jürgen_K',
        'Das war längst überfällig.',
        'Zoë',
        'Endlich passiert etwas.',
      ].join('\n');
      const result = segmentPage(input);
      expect(result.body).toHaveLength(2);
      expect(result.metadata.language).toBe('de');
      expect(authors(result.comments)).toEqual(['Jürgen_K', 'Zoë']);
    });

    it.each([[''], ['   \n\t\r\n']])('should return an empty result with a warning for empty input %j', (input) => {
      const result = segmentPage(input);
      expect(result.body).toEqual([]);
      expect(result.comments).toEqual([]);
      expect(codes(input)).toEqual(['empty-input']);
    });

    it('should flag binary input without throwing', () => {
      const input = `\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR${'\u0000\u0001'.repeat(50)}`;
      expect(segmentPage(input).body).toEqual([]);
      expect(codes(input)).toEqual(['binary-input']);
    });

    it('should warn when there is no article body', () => {
      expect(codes('2 Comments\nAnn\nFair point.\nBo\nIt was overdue.')).toEqual(['no-body']);
    });

    it('should never throw and keep every span exact on random line soup', () => {
      // A fixed-seed generator so a failure reproduces; pieces mix names, chrome, counts, dates and sentences.
      const pieces = [
        'Ann',
        '35 Comments',
        'Reply',
        'date 2023-09-12',
        '© 2023 X.',
        ' ',
        '\r',
        '\n',
        '\n\n',
        '@Bo',
        '>',
        'It was fine.',
        'By Ann and Bo',
        'September 12, 2023',
        '李明',
        'Login to comment',
        '2 hours ago',
        '·',
      ];
      let seed = 7;
      const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
      for (let run = 0; run < 300; run++) {
        let input = '';
        const length = Math.floor(next() * 40);
        for (let i = 0; i < length; i++)
          input += pieces[Math.floor(next() * pieces.length)] + (next() < 0.5 ? '\n' : ' ');
        const result = segmentPage(input);
        expectSpansMatch(input, result);
        for (const comment of result.comments) expect(comment.paragraphs.length).toBeGreaterThan(0);
      }
    });

    it('should parse about 10 MB of page text', { timeout: 60_000 }, () => {
      const comment = (i: number) => `reader_${i % 997}\nI think the bridge should have been fixed years ago.`;
      const parts = [ARTICLE.repeat(2000), '200000 Comments'];
      for (let i = 0; i < 160_000; i++) parts.push(comment(i));
      const input = parts.join('\n');
      expect(input.length).toBeGreaterThan(10_000_000);
      const result = segmentPage(input);
      expect(result.comments).toHaveLength(160_000);
      expect(result.comments[159_999]?.author.text).toBe(`reader_${159_999 % 997}`);
    });
  });

  describe('options', () => {
    const page = `${ARTICLE}\n2 Comments\nAnn\nFair point.\nBo\nIt was overdue.`;

    it("should treat everything as article in 'article' mode", () => {
      const result = segmentPage(page, { mode: 'article' });
      expect(result.comments).toEqual([]);
      expect(result.body).toHaveLength(8);
    });

    it('should search for comments only from commentsStart', () => {
      const input = `${ARTICLE}\nAnn\nFair point.\nBo\nIt was overdue.`;
      const result = segmentPage(input, { commentsStart: input.indexOf('Ann') });
      expect(result.body).toHaveLength(3);
      expect(authors(result.comments)).toEqual(['Ann', 'Bo']);
    });

    it('should build comments from DOM hints with their reply links', () => {
      const at = (text: string, from = 0) => ({
        start: page.indexOf(text, from),
        end: page.indexOf(text, from) + text.length,
      });
      const result = segmentPage(page, {
        comments: [
          { author: at('Ann'), paragraphs: [at('Fair point.')] },
          { author: at('Bo'), paragraphs: [at('It was overdue.')], parentIndex: 0 },
        ],
      });
      expect(result.body).toHaveLength(3);
      expect(authors(result.comments)).toEqual(['Ann', 'Bo']);
      expect(result.comments[1]?.replyTo).toMatchObject({ parentId: 'c1', confidence: 1, evidence: 'dom' });
      expect(result.commentSection.declaredCount).toBe(2);
      expect(result.warnings).toEqual([]);
    });

    it('should warn when the comment area is unreadable', () => {
      expect(codes(ARTICLE, { commentsUnreadable: true })).toEqual(['comments-unreadable']);
    });

    it('should fill metadata the text does not carry from page metadata, without spans', () => {
      const meta = {
        headline: 'Bridge',
        date: '2023-09-12',
        bylines: ['Ann Berg'],
        publisher: 'Daily',
        language: 'en',
      };
      const result = segmentPage(`date 2020-01-01 ${ARTICLE}`, { meta: { ...meta, url: 'https://example.org/a' } });
      expect(result.metadata.date?.iso).toBe('2020-01-01');
      expect(result.metadata.headline).toEqual({ text: 'Bridge' });
      expect(result.metadata.bylines).toEqual([{ text: 'Ann Berg' }]);
      expect(result.metadata.publisher).toEqual({ text: 'Daily' });
      expect(result.metadata.url).toBe('https://example.org/a');
    });

    it('should take a short first line naming the page headline out of the body, and keep it there without one', () => {
      const input = `Gone.\n${ARTICLE}`;
      const withMeta = segmentPage(input, { meta: { headline: 'Gone | The Harbour Times' } });
      expect(withMeta.metadata.headline).toEqual({ text: 'Gone.', span: { start: 0, end: 5 } });
      expect(withMeta.body[0]?.text).not.toBe('Gone.');
      expect(segmentPage(input).body[0]?.text).toBe('Gone.');
    });

    it('should take footer stamps and notes under the last paragraph out of the body, names and date to metadata', () => {
      const input = `${ARTICLE}\nPosted by Noor Haddad on March 3, 2012 at 10:14 am\nOriginal Post: https://harbour.example/a\nReporting by Ann Lee; Editing by Bo Chen`;
      const result = segmentPage(input);
      expect(result.body.map((p) => p.text)).toEqual(ARTICLE.split('\n'));
      expect(result.metadata.bylines.map((byline) => byline.text)).toEqual(['Noor Haddad']);
      expect(result.metadata.date?.iso).toBe('2012-03-03');
      expect(result.metadata.credits?.text).toBe('Reporting by Ann Lee; Editing by Bo Chen');
      expectSpansMatch(input, result);
    });

    it('should read a modern news header block off the top, furniture included', () => {
      const top = [
        'Harbour wall to be rebuilt after the winter storms',
        'Tech & Science',
        'By Jane Doe and John Roe, CNN',
        'Updated 3:14 PM EST, Tue November 28, 2026',
        '5 min read',
        'Share',
        'Listen to this article',
      ].join('\n');
      const input = `${top}\n${ARTICLE}`;
      const result = segmentPage(input);
      expect(result.metadata.headline?.text).toBe('Harbour wall to be rebuilt after the winter storms');
      expect(result.metadata.bylines.map((byline) => byline.text)).toEqual(['Jane Doe', 'John Roe']);
      expect(result.metadata.date?.iso).toBe('2026-11-28');
      expect(result.body.map((p) => p.text)).toEqual(ARTICLE.split('\n'));
      expectSpansMatch(input, result);
    });

    it.each([
      ['By the end of the year, the council said, the harbour wall would be rebuilt.'],
      ['Yes'],
      ['The storm reached the coast on November 28, 2026 and flooded the old town.'],
    ])('should keep the first paragraph %j in the body', (first) => {
      const input = `Harbour wall to be rebuilt after the winter storms\n${first}\n${ARTICLE}`;
      expect(segmentPage(input).body.map((p) => p.text)).toEqual([first, ...ARTICLE.split('\n')]);
    });

    it('should keep a header byline over a footer one, and a closing sign-off in the body', () => {
      const header = segmentPage(`By Ann Lee\n${ARTICLE}\nPosted by Noor Haddad on March 3, 2012`);
      expect(header.metadata.bylines.map((byline) => byline.text)).toEqual(['Ann Lee']);
      expect(header.body).toHaveLength(3);
      const signed = segmentPage(`${ARTICLE}\nBy Noor Haddad`);
      expect(signed.body.map((p) => p.text)).toEqual([...ARTICLE.split('\n'), 'By Noor Haddad']);
    });

    it('should keep a standfirst in the body and the byline under it out', () => {
      const input = `A headline about the harbour\nThe wall will cost more than planned\nBy Ann Lee\n${ARTICLE}`;
      const result = segmentPage(input);
      expect(result.body[0]?.text).toBe('The wall will cost more than planned');
      expect(result.body.map((paragraph) => paragraph.text)).not.toContain('By Ann Lee');
      expect(result.metadata.bylines.map((byline) => byline.text)).toEqual(['Ann Lee']);
      for (const paragraph of result.body) expect(input.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
    });
  });
});

/** Comments on the big page: enough lines (three or so per comment) for several blocks in every pass over them. */
const MANY_COMMENTS = 1500;
/** Article lines on the big page without comments: past a block, with over a megabyte of text to split. */
const MANY_PARAGRAPHS = 12_000;

/** Runs the step-wise segmentation one step at a time, as the panel's smallest slices would, counting the pauses. */
function segmentInSteps(input: string, options = {}) {
  const steps = segmentPageSteps(input, options);
  for (let pauses = 0; ; pauses++) {
    const next = steps.next();
    if (next.done) return { result: next.value, pauses };
  }
}

describe('segmentPageSteps', () => {
  it.each([
    ['empty text', ''],
    ['blank lines', ' \n\r\n\t\n'],
    ['binary input', `\u0089PNG\r\n\u001a\n\u0000\u0000${'\u0000\u0001'.repeat(50)}`],
    ['an article without comments', ARTICLE],
    ['a huge article without comments', Array.from({ length: MANY_PARAGRAPHS }, () => ARTICLE).join('\n\r\n')],
    ['a page with many comments', generateCommentsPage(MANY_COMMENTS)],
  ])('should give the same segmentation as segmentPage for %s', (_, input) => {
    expect(segmentInSteps(input).result).toEqual(segmentPage(input));
  });

  it('should give the same segmentation as segmentPage with options from the page reader', () => {
    const input = generateCommentsPage(MANY_COMMENTS);
    const options = { commentsStart: input.indexOf('Comments'), meta: { headline: 'Not on the page' } };
    expect(segmentInSteps(input, options).result).toEqual(segmentPage(input, options));
  });

  it('should pause at least once per block of comment-area lines on a page with many comments', () => {
    const input = generateCommentsPage(MANY_COMMENTS);
    const { result, pauses } = segmentInSteps(input);
    expect(result.comments).toHaveLength(MANY_COMMENTS);
    expect(pauses).toBeGreaterThan(MANY_COMMENTS / ITEMS_PER_STEP);
  });
});
