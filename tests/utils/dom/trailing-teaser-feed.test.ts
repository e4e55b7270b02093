import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { storyHome, trailingTeaserFeeds } from '../../../utils/dom/trailing-teaser-feed';
import { articleLines } from './article-lines';

const STORY = [
  'A ferry company that carries passengers and cars across the lake has been fined after inspectors found long shifts.',
  'The Coast Guard said the company scheduled deckhands and captains for shifts of up to 16 hours on at least 30 days.',
  'The company president said in a statement that the ferry line has hired six more crew members and changed its software.',
  'The company carries about 400,000 passengers a year between the harbor and the island, the statement said.',
];

const ABSTRACTS = [
  'The school board approved a budget late Monday that adds two reading specialists at the elementary schools and restores the late bus. Members argued for two hours over a plan to cut the music program before voting it down.',
  'Swimmers at most public beaches got good news this week as the health department posted its first water test results of the summer. Only two beaches showed bacteria counts high enough to close them for a day.',
  'A developer wants to turn the long-empty textile mill into 180 apartments, a brewery and a riverside path, according to plans filed this week. The mill, which closed in 1987, has been on the state list of contaminated sites.',
];

/** A labelled feed: its own heading, then linked headlines over abstracts, as "Latest News" sections print them. */
const feed = (label = 'Latest News', abstracts: readonly string[] = ABSTRACTS): string =>
  `<section><h2>${label}</h2><ul>${abstracts
    .map((text, index) => `<li><h3><a href="/news/${index}">Teaser headline ${index}</a></h3><p>${text}</p></li>`)
    .join('')}</ul></section>`;

const paragraphs = (texts: readonly string[]): string => texts.map((text) => `<p>${text}</p>`).join('');

const root = (inner: string): Element =>
  parseHTML(`<html><body><div id="root">${inner}</div></body></html>`).document.querySelector('#root') as Element;

describe('trailingTeaserFeeds', () => {
  it('should find a labelled feed of teasers after a story', () => {
    const block = root(`<div>${paragraphs(STORY)}</div>${feed()}`);
    expect([...trailingTeaserFeeds(block)].map((element) => element.tagName)).toEqual(['SECTION']);
  });

  it('should not find a feed before any story (a digest whose linked headings are the story)', () => {
    expect(trailingTeaserFeeds(root(`<p>${STORY[0]}</p>${feed()}`)).size).toBe(0);
  });

  it('should not find a feed without its own label over it', () => {
    const unlabelled = feed().replace('<h2>Latest News</h2>', '');
    expect(trailingTeaserFeeds(root(`${paragraphs(STORY)}${unlabelled}`)).size).toBe(0);
  });

  it('should not find a section whose subheadings carry no links (the story’s own parts)', () => {
    const parts = `<section><h2>What comes next</h2>${ABSTRACTS.map((text, index) => `<h3>Part ${index}</h3><p>${text}</p>`).join('')}</section>`;
    expect(trailingTeaserFeeds(root(`${paragraphs(STORY)}${parts}`)).size).toBe(0);
  });
});

describe('trailingTeaserFeeds under a label set as a paragraph', () => {
  const relabelled = (label: string): string => feed().replace('<h2>Latest News</h2>', label);

  it.each([
    ['a paragraph', '<p>More to Explore</p>'],
    ['a text-only div', '<div class="section-title">More to Explore</div>'],
  ])('should find a feed labelled by %s, as templates styling headings as divs set it', (_case, label) => {
    const block = root(`<div>${paragraphs(STORY)}</div>${relabelled(label)}`);
    expect([...trailingTeaserFeeds(block)].map((element) => element.tagName)).toEqual(['SECTION']);
  });

  it.each([
    ['a linked paragraph (a teaser of its own)', '<p><a href="/more">More to Explore</a></p>'],
    ['a paragraph of prose, longer than a label', `<p>${STORY[0]}</p>`],
  ])('should not take %s as a feed label', (_case, label) => {
    expect(trailingTeaserFeeds(root(`<div>${paragraphs(STORY)}</div>${relabelled(label)}`)).size).toBe(0);
  });
});

describe('trailingTeaserFeeds after a brief', () => {
  const BRIEF = STORY.slice(0, 2);
  const cards = (label: string): string =>
    `<section><h2>${label}</h2>${ABSTRACTS.map(
      (text, index) => `<div><a href="/news/${index}"><h3>Teaser headline ${index}</h3></a><p>${text}</p></div>`,
    ).join('')}</section>`;

  it.each([
    ['set apart from the story’s block', () => true, 1],
    ['in the story’s own block (a digest)', () => false, 0],
  ])('should take a feed of cards with linked headings after a two-paragraph brief %s', (_case, apart, found) => {
    expect(trailingTeaserFeeds(root(`<div>${paragraphs(BRIEF)}</div>${cards('More to Explore')}`), apart).size).toBe(
      found,
    );
  });

  it('should not take a feed apart from the story when no story paragraph comes before it', () => {
    expect(trailingTeaserFeeds(root(cards('More to Explore')), () => true).size).toBe(0);
  });
});

describe('trailingTeaserFeeds with a live ticker after a story', () => {
  const posts = ['6:41pm', '6:39pm', '6:12pm']
    .map((time, i) => `<div><p><span>${time}</span></p><p>${ABSTRACTS[i] ?? ''}</p></div>`)
    .join('');
  const page = (label: string): Element =>
    parseHTML(`<div id="p">${label}${posts}<button>Load more updates</button></div>`).document.querySelector(
      '#p',
    ) as Element;

  it.each([
    ['under its own label on the page', '<div><span>LIVE</span> <span>Relive the action</span></div>', 1],
    ['with no label on the page (a live page’s own posts)', '', 0],
  ])('should take the ticker %s only', (_case, label, found) => {
    const original = page(label);
    expect(
      trailingTeaserFeeds(
        root(`<div>${paragraphs(STORY)}</div><div id="t">${posts}</div>`),
        () => false,
        (block) => (block.id === 't' ? original : block),
      ).size,
    ).toBe(found);
  });

  it('should not take a ticker before the story’s prose', () => {
    const original = page('<h2>Relive the action</h2>');
    expect(
      trailingTeaserFeeds(
        root(`<div id="t">${posts}</div><div>${paragraphs(STORY.slice(0, 1))}</div>`),
        () => false,
        (block) => (block.id === 't' ? original : block),
      ).size,
    ).toBe(0);
  });
});

describe('trailingTeaserFeeds whose titles Readability dropped', () => {
  // Readability cleans the cards' link-only title divs out of its copy, leaving the label and the abstracts.
  const kept = (label: string): string =>
    `<section id="f"><p>${label}</p>${ABSTRACTS.map((text) => `<div><p>${text}</p></div>`).join('')}</section>`;
  const onPage = (titles: boolean): Element =>
    parseHTML(
      `<section id="o"><div>Latest News</div>${ABSTRACTS.map(
        (text, index) =>
          `<div>${titles ? `<div><a href="/news/${index}">Teaser headline ${index}</a></div>` : `<div>Part ${index}</div>`}<p>${text}</p></div>`,
      ).join('')}</section>`,
    ).document.querySelector('#o') as Element;

  // A transcript's segments: a time mark linking into the page itself over each speaker's paragraph.
  const transcript = (): Element =>
    parseHTML(
      `<section id="o"><div>Transcript</div>${ABSTRACTS.map(
        (text, index) => `<div><a href="#t=${index * 60}">00:0${index}:00</a><p>${text}</p></div>`,
      ).join('')}</section>`,
    ).document.querySelector('#o') as Element;

  it.each([
    ['linked title divs over the abstracts on the page', () => onPage(true), 1],
    ['plain part labels over the story’s own sections on the page', () => onPage(false), 0],
    ['time marks linking into the page over a transcript’s paragraphs', transcript, 0],
  ])('should read the page’s element when it holds %s', (_case, page, found) => {
    const original = page();
    expect(
      trailingTeaserFeeds(
        root(`<div>${paragraphs(STORY)}</div>${kept('Latest News')}`),
        () => false,
        (block) => (block.id === 'f' ? original : block),
      ).size,
    ).toBe(found);
  });
});

describe('trailingTeaserFeeds under a furniture label', () => {
  const one = (label: string): string =>
    `<section><h2>${label}</h2><div><a href="/news/1"><h4>Teaser headline</h4></a><p>${ABSTRACTS[0]}</p></div></section>`;

  it.each([
    ['Related Articles', 1],
    ['More From FOX Sports', 1],
    ['What the board decided', 0],
  ])('should take one teaser under "%s" only when the label is furniture', (label, found) => {
    expect(trailingTeaserFeeds(root(`<div>${paragraphs(STORY)}</div>${one(label)}`)).size).toBe(found);
  });
});

describe('storyHome', () => {
  it.each([
    [
      'the article holding the headline and the brief',
      `<article id="home"><header><h1>Ice closes schools</h1></header><div><p>${STORY[0]}</p></div></article><section>x</section>`,
      'home',
    ],
    ['no block with prose around the headline', '<div><h1>Ice closes schools</h1></div><p>Short.</p>', undefined],
  ])('should find %s', (_case, body, id) => {
    const { document } = parseHTML(`<html><body>${body}</body></html>`);
    expect(storyHome(document.querySelector('h1') as Element)?.id).toBe(id);
  });
});

describe('extractArticle on a two-paragraph brief with a teaser feed after its article', () => {
  it('should leave the feed out and keep the brief', () => {
    const abstracts = ABSTRACTS.map(
      (text, index) =>
        `<div class="c${index}"><a href="/n/${index}"><h3>Teaser headline ${index}</h3></a><p>${text}</p></div>`,
    ).join('');
    const doc = parseHTML(
      `<html><body><div class="x1"><article class="x2"><h1>Ferry operator fined</h1><div class="x3">${paragraphs(
        STORY.slice(0, 2),
      )}</div></article><section class="x4"><h2>More to Explore</h2>${abstracts}</section></div></body></html>`,
    ).document as unknown as Document;
    const lines = articleLines(doc);
    for (const paragraph of STORY.slice(0, 2)) expect(lines).toContain(paragraph);
    expect(lines.join('\n')).not.toContain('school board');
    expect(lines.join('\n')).not.toContain('More to Explore');
  });
});

describe('extractArticle on a short story with a labelled teaser feed in its block', () => {
  it('should leave the feed out and keep the story', () => {
    const doc = parseHTML(
      `<html><body><div class="x1"><h1>Ferry operator fined</h1><div class="x2">${paragraphs(STORY)}</div>${feed()}</div></body></html>`,
    ).document as unknown as Document;
    const lines = articleLines(doc);
    for (const paragraph of STORY) expect(lines).toContain(paragraph);
    expect(lines.join('\n')).not.toContain('school board');
    expect(lines.join('\n')).not.toContain('Latest News');
  });
});

describe('trailingTeaserFeeds on a page with its own address', () => {
  const page = (href: (index: number) => string): Element => {
    const entries = ABSTRACTS.map(
      (text, index) => `<li><h3><a href="${href(index)}">Pick ${index}</a></h3><p>${text}</p></li>`,
    ).join('');
    const { document } = parseHTML(
      `<html><head><link rel="canonical" href="https://www.harbornews.example/2016/ferry"></head><body>` +
        `<div id="root"><div>${paragraphs(STORY)}</div><section><h2>Our picks</h2><ul>${entries}</ul></section></div>` +
        `</body></html>`,
    );
    return document.querySelector('#root') as Element;
  };

  it.each([
    ['a path', (index: number) => `/news/${index}`],
    ['the same host', (index: number) => `https://harbornews.example/news/${index}`],
    ['a section host of the site', (index: number) => `https://sports.harbornews.example/${index}`],
  ])('should find a feed whose headings link to %s', (_, href) => {
    expect(trailingTeaserFeeds(page(href)).size).toBe(1);
  });

  it('should not find a feed when the headings link to other sites (a guide’s picks at shops)', () => {
    expect(trailingTeaserFeeds(page((index) => `https://shop${index}.example/item`)).size).toBe(0);
  });
});
