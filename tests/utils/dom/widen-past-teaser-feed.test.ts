import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cloneRegion } from '../../../utils/dom/read-clone';
import { isTeaserFeed, widenPastTeaserFeed } from '../../../utils/dom/widen-past-teaser-feed';
import { articleLines } from './article-lines';

const STORY = [
  'A water main break has closed a half-mile stretch of Route 47, and officials say it will stay shut through Thursday.',
  'The utility said the 12-inch cast iron line, installed in the 1950s, split open shortly before six on Tuesday morning.',
  'About 140 homes on Kessler Lane are under a boil water advisory until test results come back, likely on Friday.',
  'Drivers are being detoured onto Franklin Avenue, and school buses will use the same route, the district said.',
];

const ABSTRACTS = [
  'The city council pushed back its vote on a five-story parking garage on Front Street after more than forty residents signed up to speak. Business owners said the garage would bring shoppers back downtown, while neighbors worried about traffic and the loss of the market lot.',
  'The bakery opened in 1940 with a single oven and a handwritten price list, and the third generation of the family still starts the bread at three every morning. Customers lined up around the block on Saturday for free rolls as the shop marked its anniversary.',
  'Deputies say callers pretending to be grandchildren in trouble have asked at least nine older residents to wire money or buy gift cards this month. Investigators urge families to agree on a code word and to hang up and call a relative directly.',
  'The hockey team beat Lakeshore in overtime on Saturday to reach the state semifinals for the first time since 2004. The coach said the team would practice twice a day this week to prepare for the top seed at the state arena.',
];

/** A column of teasers: a linked heading over each abstract, as "Trending" and "Featured" rails print them. */
const feed = (abstracts: readonly string[] = ABSTRACTS): string =>
  abstracts
    .map(
      (text, index) =>
        `<div class="block"><h4 class="headline"><a href="/story/${index}">Teaser title number ${index}</a></h4><p class="abstract">${text}</p></div>`,
    )
    .join('');

const html = (body: string): Document =>
  parseHTML(`<html><head><title>Page</title></head><body>${body}</body></html>`).document as unknown as Document;

/** A short story in its column, the teasers in another beside it. */
function page(story: readonly string[] = STORY, rail = feed()): Document {
  return html(
    '<div id="cols"><div id="main"><div class="story-box"><div class="story-header"><h1>Water main break closes part of Route 47</h1></div>' +
      `<div class="story-body">${story.map((text) => `<p>${text}</p>`).join('')}</div></div></div>` +
      `<div id="rail"><div class="group"><h3>Trending</h3>${rail}</div></div></div>`,
  );
}

describe('isTeaserFeed', () => {
  it('should take linked headings each over its abstract for a feed', () => {
    expect(isTeaserFeed(html(`<div>${feed()}</div>`).body)).toBe(true);
  });

  it('should not take two teasers for a feed', () => {
    expect(isTeaserFeed(html(`<div>${feed(ABSTRACTS.slice(0, 2))}</div>`).body)).toBe(false);
  });

  it('should not take a story with plain subheadings for a feed', () => {
    const story = ABSTRACTS.map((text, index) => `<h2>Part ${index}</h2><p>${text}</p>`).join('');
    expect(isTeaserFeed(html(`<div>${story}</div>`).body)).toBe(false);
  });

  it('should not take a story for a feed when much of its prose is under no linked heading', () => {
    const story = `<p>${STORY.join(' ')}</p><p>${STORY.join(' ')}</p>${feed(ABSTRACTS.slice(0, 3))}`;
    expect(isTeaserFeed(html(`<div>${story}</div>`).body)).toBe(false);
  });
});

describe('isTeaserFeed on cards of other shapes', () => {
  const cards = (card: (text: string, index: number) => string): HTMLElement =>
    html(`<div>${ABSTRACTS.map(card).join('')}</div>`).body;

  it.each([
    [
      'a heading inside the card’s link',
      (text: string, i: number) => `<div><a href="/s/${i}"><h3>Title ${i}</h3></a><p>${text}</p></div>`,
    ],
    [
      'a bare link opening each list item',
      (text: string, i: number) => `<li><a href="/s/${i}">Title ${i}</a><p>${text}</p></li>`,
    ],
    [
      'a title div holding only its link (headings set as divs)',
      (text: string, i: number) =>
        `<div class="card"><div class="headline"><a href="/s/${i}">Title ${i}</a></div><p>${text}</p></div>`,
    ],
    [
      'an abstract set straight after the linked heading, closed by line breaks (no `<p>`)',
      (text: string, i: number) =>
        `<article><h3><a href="/s/${i}">Title ${i}</a></h3>${text}<br><br><span>${i + 2} hours ago</span></article>`,
    ],
  ])('should take %s for a feed', (_case, card) => {
    expect(isTeaserFeed(cards(card))).toBe(true);
  });

  it.each([
    ['links inside the paragraphs', (text: string, i: number) => `<p><a href="/s/${i}">Title ${i}</a> ${text}</p>`],
    [
      'a div of two links opening each block',
      (text: string, i: number) =>
        `<div><div class="tags"><a href="/t/${i}">Tag</a> <a href="/u/${i}">Other</a></div><p>${text}</p></div>`,
    ],
    [
      'a link-only paragraph opening each block (a "Related:" line)',
      (text: string, i: number) => `<div><p><a href="/s/${i}">Title ${i}</a></p><p>${text}</p></div>`,
    ],
    [
      'a link that is not first in its block',
      (text: string, i: number) => `<div><span>Note</span><a href="/s/${i}">Title ${i}</a><p>${text}</p></div>`,
    ],
    [
      'text after plain subheadings, set with line breaks (a story’s own parts)',
      (text: string, i: number) => `<div><h3>Part ${i}</h3>${text}<br><br></div>`,
    ],
    [
      'a line of links after each linked heading (a list of links, no abstract)',
      (text: string, i: number) =>
        `<div><h3><a href="/s/${i}">Title ${i}</a></h3><a href="/a/${i}">${text}</a><br><br></div>`,
    ],
  ])('should not take paragraphs with %s for a feed', (_case, card) => {
    expect(isTeaserFeed(cards(card))).toBe(false);
  });

  it('should take one teaser for a feed when asked for one', () => {
    expect(isTeaserFeed(html(`<div>${feed(ABSTRACTS.slice(0, 1))}</div>`).body, 1)).toBe(true);
  });
});

describe('extractArticle on a short story beside a column of long teasers (widenPastTeaserFeed)', () => {
  it('should read the story under the headline, not the column', () => {
    const lines = articleLines(page());
    for (const paragraph of STORY) expect(lines).toContain(paragraph);
    expect(lines.join('\n')).not.toContain('parking garage');
  });

  it('should keep a digest whose linked headings are the story, under the headline', () => {
    const doc = html(
      '<div id="cols"><article><h1>Five stories to read this weekend</h1>' +
        `<div class="entry">${feed()}</div></article><aside><p>${STORY[0]}</p></aside></div>`,
    );
    const lines = articleLines(doc);
    for (const abstract of ABSTRACTS) expect(lines).toContain(abstract);
  });

  it('should leave the reading alone when the block under the headline holds no story (a dek alone)', () => {
    const doc = page(['A short dek about the water main under the headline.']);
    const reading = cloneRegion(doc, doc.querySelector('#rail')!, [], undefined);
    const headline = doc.querySelector('h1') ?? undefined;
    expect(widenPastTeaserFeed(doc, reading, [], headline)).toBe(reading);
  });

  it('should read the block under the headline when it holds the story', () => {
    const doc = page();
    const reading = cloneRegion(doc, doc.querySelector('#rail')!, [], undefined);
    const widened = widenPastTeaserFeed(doc, reading, [], doc.querySelector('h1') ?? undefined);
    expect(widened.pairs.get(widened.content!)).toBe(doc.querySelector('.story-box'));
  });

  it('should read the story when Readability kept a feed of div titles without them and the page frame', () => {
    // Headings set as divs: Readability's cleaning drops each all-link title div, keeps the abstracts, and may return
    // the page's outer frame around them; the feed is then known from the page's own block around the kept text.
    const rail = ABSTRACTS.map(
      (text, i) =>
        `<div class="block"><div class="headline"><a href="/story/${i}">Teaser title number ${i}</a></div><p class="abstract">${text}</p></div>`,
    ).join('');
    const doc = page(STORY, rail);
    const frame = cloneRegion(doc, doc.querySelector('#cols')!, [], undefined);
    const copyOf = (original: Element): Element =>
      [...frame.pairs].find(([, page]) => page === original)![0] as Element;
    copyOf(doc.querySelector('#main')!).remove();
    for (const title of doc.querySelectorAll('.headline')) copyOf(title).remove();
    const widened = widenPastTeaserFeed(doc, frame, [], doc.querySelector('h1') ?? undefined);
    expect(widened.pairs.get(widened.content!)).toBe(doc.querySelector('.story-box'));
  });

  it('should leave the reading alone when the feed shares the story block with the headline', () => {
    const doc = html(
      `<article><h1>Morning briefing</h1><div class="intro"><p>${STORY.join(' ')}</p></div><div class="items">${feed()}</div></article>`,
    );
    const reading = cloneRegion(doc, doc.querySelector('.items')!, [], undefined);
    expect(widenPastTeaserFeed(doc, reading, [], doc.querySelector('h1') ?? undefined)).toBe(reading);
  });
});
