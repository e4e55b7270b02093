import { describe, expect, it } from 'vitest';
import { headedLinkBlocks, isBlockHeading } from '../../../utils/dom/headed-link-blocks';
import type { LineLinks } from '../../../utils/dom/trim-link-runs';

const prose: LineLinks = { chars: 180, linkChars: 12, sentence: true };
const link: LineLinks = { chars: 30, linkChars: 30, sentence: false };
const counter: LineLinks = { chars: 9, linkChars: 0, sentence: false };
const heading: LineLinks = { chars: 10, linkChars: 0, sentence: false };

describe('headedLinkBlocks', () => {
  it.each([
    ['a heading with link items', [prose, heading, link, counter, link, prose], [1, 2, 3, 4]],
    ['a heading at the end with nothing after it', [prose, prose, heading], [2]],
    [
      'a heading with link items and a block heading before the prose',
      [prose, heading, link, heading, prose],
      [1, 2, 3],
    ],
    [
      'a heading with link items and counters before the prose',
      [prose, heading, link, counter, counter, prose],
      [1, 2, 3, 4],
    ],
    [
      'a heading with link items and a label over a short sentence',
      [prose, heading, link, counter, { chars: 15, linkChars: 0, sentence: true }, prose],
      [1, 2, 3],
    ],
  ])('should mark %s', (_case, lines, expected) => {
    const headings = lines.map((line) => line === heading);
    expect([...headedLinkBlocks(lines, headings)]).toEqual(expected);
  });

  it.each([
    ['a heading followed by prose', [prose, heading, prose, link]],
    ['no heading', [prose, link, link]],
  ])('should mark nothing for %s', (_case, lines) => {
    const headings = lines.map((line) => line === heading);
    expect(headedLinkBlocks(lines, headings).size).toBe(0);
  });

  it('should end a block at a line marked as a stop (the contact label under "Associated links")', () => {
    const label: LineLinks = { chars: 8, linkChars: 0, sentence: false };
    const lines = [prose, heading, link, link, label, counter, counter];
    const headings = lines.map((line) => line === heading);
    const stops = lines.map((line) => line === label);
    expect([...headedLinkBlocks(lines, headings, stops)]).toEqual([1, 2, 3]);
    expect([...headedLinkBlocks(lines, headings)]).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("should keep a short line between the last link item and the prose it heads (the story's subheading)", () => {
    const subheading: LineLinks = { chars: 18, linkChars: 0, sentence: false };
    const lines = [prose, heading, link, link, subheading, prose];
    const headings = lines.map((line) => line === heading);
    expect([...headedLinkBlocks(lines, headings)]).toEqual([1, 2, 3]);
  });
});

describe('headedLinkBlocks with the lines set as heading elements', () => {
  const subheading: LineLinks = { chars: 9, linkChars: 0, sentence: false };
  const label: LineLinks = { chars: 14, linkChars: 0, sentence: false };
  const short: LineLinks = { chars: 15, linkChars: 0, sentence: true };

  it.each([
    [
      "the story's subheading and a label line over prose",
      [prose, heading, link, link, subheading, label, prose],
      [1, 2, 3],
    ],
    ['the subheading right over prose', [prose, heading, link, subheading, prose], [1, 2]],
  ])('should end the block at %s', (_case, lines, expected) => {
    const headings = lines.map((line) => line === heading);
    const subheadings = lines.map((line) => line === subheading);
    expect([...headedLinkBlocks(lines, headings, [], subheadings)]).toEqual(expected);
  });

  it.each([
    ['a heading element over a short sentence (the next promo)', [prose, heading, link, subheading, short, link]],
    ['a heading element over more links (a card title)', [prose, heading, link, subheading, link, prose]],
    ['a heading element before any link item', [prose, heading, subheading, link, prose]],
  ])('should not end the block at %s', (_case, lines) => {
    const headings = lines.map((line) => line === heading);
    const subheadings = lines.map((line) => line === subheading);
    expect([...headedLinkBlocks(lines, headings, [], subheadings)]).toEqual([...headedLinkBlocks(lines, headings)]);
  });
});

describe('isBlockHeading', () => {
  it.each([
    "Don't Miss",
    'More from The Courier',
    'More from Finance & economics',
    'More from Arts & Culture',
    'Most Popular Videos',
    'You might also like:',
    'Top Stories',
    'Most read',
    'MOST VIEWED THIS WEEK',
    'More episodes',
    'More Episodes of The Workshop',
    'Links mentioned',
    'Links mentioned in this episode',
    'Links from today’s episode',
    'Resources mentioned:',
    'Mentioned in this episode',
    'People Also Read',
    'We Also Recommend',
    'Similar Articles You Might Enjoy:',
    'Recent articles...',
    'SHARED ON FACEBOOK',
    'More stories',
    'More Reviews',
    'More Recipes',
    'More Business',
    'More Local News',
    'Go deeper',
    'Go Further',
    'Dig deeper:',
    'Más información',
    'Lire aussi',
    'Mehr zum Thema',
    'Lo más visto',
    'Meistgelesen',
    'I più letti',
    'Bekijk ook',
    'Related News Releases',
    'Related media releases',
    'Associated links',
    'Stay connected',
    'Next Up In Policy',
    'Next Up In Culture',
    'Elsewhere on the BBC',
    'Around the BBC',
    'Elsewhere in the Network',
    'RELATED IMAGES',
    'Related videos',
    'MORE LIKE THIS',
    'More like this:',
  ])('should read %j as a block heading', (line) => {
    expect(isBlockHeading(line)).toBe(true);
  });

  it.each([
    'Popular support for the plan grew',
    'Related to the flood, the council met twice.',
    'Most read the report before the meeting.',
    'Go deeper into the tunnel, the miners said, and the air gets thin.',
    'Go further north and the lake is already gone.',
    'More stories emerged after the flood.',
    'More reviews are due next week.',
    'More episodes of flooding are expected this winter.',
    'Links mentioned in the report were broken, the auditor said.',
    'More business owners signed the letter on Friday.',
    'More sports fields will open in the spring.',
    'Más información sobre el plan se publicará el lunes.',
    'Lire aussi les conclusions du rapport',
    'Bekijk ook de begroting van de provincie',
    'Related media releases went out the same day.',
    'Associated links between the two cases were found.',
    'Stay connected to the grid, the utility told customers.',
    'Next up in the hearing was the city engineer, who defended the plan.',
    'Elsewhere on the coast the damage was light.',
    'Around the harbour, the water rose within minutes.',
    'Around noon the ferry left.',
    'More like this one are planned for the spring.',
    'Related images from the trial were shown to the jury.',
  ])('should not read %j as a block heading', (line) => {
    expect(isBlockHeading(line)).toBe(false);
  });
});

describe('isBlockHeading on most-read rails in Japanese, Korean and Chinese', () => {
  it.each([
    'アクセスランキング',
    'ランキング',
    'よく読まれている記事',
    '人気記事',
    '많이 본 뉴스',
    '가장 많이 본 기사',
    '인기기사',
    '热门新闻',
    '熱門新聞',
    '排行榜',
  ])('should take %j as a block heading', (line) => {
    expect(isBlockHeading(line)).toBe(true);
  });

  it.each(['ランキング上位の店が閉店した。', '많이 본 뉴스가 모두 선거 기사였다.', '排行榜上的前十名都是国产车。'])(
    'should leave the sentence %j',
    (line) => {
      expect(isBlockHeading(line)).toBe(false);
    },
  );

  it('should drop the links under the rail heading with it', () => {
    expect([...headedLinkBlocks([prose, heading, link, link, link], [false, true, false, false, false])]).toEqual([
      1, 2, 3, 4,
    ]);
  });
});
