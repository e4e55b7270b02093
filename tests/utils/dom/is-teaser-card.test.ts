import { describe, expect, it } from 'vitest';
import { isTeaserCard } from '../../../utils/dom/is-teaser-card';
import { elementOf } from './element-of';

const card = (title: string, dek: string): string =>
  `<li><h3><a href="/s/${title.length}">${title}</a></h3><p>${dek}</p></li>`;

describe('isTeaserCard', () => {
  it.each([
    [
      'a list of headed story cards',
      `<ul>${card('Ferry fares rise in June', 'Operators blame fuel costs.')}${card('Harbour wall repaired', 'Work ends a month early.')}</ul>`,
    ],
    [
      'a link wrapping a title and a dek',
      '<a href="/s/1"><p class="headline">Ferry fares rise in June</p><p class="dek">Operators blame fuel costs.</p></a>',
    ],
    [
      'a link wrapping a heading and the picture over it',
      '<a href="/s/2"><img src="/f.jpg" alt=""><h3>Ferry fares rise in June</h3></a>',
    ],
    [
      'a link wrapping a heading and its kicker',
      '<a href="/s/3"><span class="kicker">Transport</span><h3>Ferry fares rise in June</h3></a>',
    ],
    [
      "a link around a lone heading, a teaser's title under a label",
      '<a href="/next/"><h3>New Evidence That the Early Universe Was Lumpier Than Expected</h3></a>',
    ],
    [
      'a link around a lone heading over a short dek',
      '<a href="/s/4"><h3>Ferry fares rise in June</h3></a><p>Operators blame fuel costs.</p>',
    ],
    [
      'the rows of a chart embed (a rank, a title heading, an artist)',
      '<ul><li><span>1</span> <h3>Harbour Lights</h3> <span>The Pilots</span></li><li><span>2</span> <h3>Low Tide</h3> <span>Mara Quay</span></li></ul>',
    ],
    [
      'a grid of guide cards in blocks of one class (a title link, an excerpt, a button)',
      '<div class="guides"><div class="guide-item"><a href="/g/ferries">Ferries</a><p>Everything about the harbour ferries.</p><button>Expand</button></div><div class="guide-item"><a href="/g/tides">Tides</a><p>Tide tables and what they mean.</p><button>Expand</button></div></div>',
    ],
    [
      'a grid of story cards with linked headings',
      '<section><div class="story"><h3><a href="/a">Ferry fares rise in June</a></h3><p>Operators blame fuel.</p></div><div class="story"><h3><a href="/b">Harbour wall repaired</a></h3></div></section>',
    ],
    [
      'a chart embed in blocks of one class (a rank, a title heading, an artist) under its title and a "See the full chart" link',
      '<div class="embed"><h3>Top Albums</h3><div class="row"><span>1</span><h4>Harbour Lights</h4><span>The Pilots</span></div><div class="row"><span>2</span><h4>Low Tide</h4><span>Mara Quay</span></div><a href="/charts/albums">See the full chart</a></div>',
    ],
  ])('should read %s as teaser cards', (_case, html) => {
    expect(isTeaserCard(elementOf(html))).toBe(true);
  });

  it.each([
    [
      'a list of plain links (a round-up)',
      '<ul><li><a href="/a">Ferry fares</a></li><li><a href="/b">Harbour wall</a></li></ul>',
    ],
    ['a list of prose items', '<ol><li>Pour the water.</li><li>Wait ten minutes.</li><li>Stir.</li></ol>'],
    [
      'a list with one linked heading among many items',
      `<ul>${card('Ferry fares rise in June', 'Operators blame fuel costs.')}<li>Pour the water.</li><li>Stir.</li></ul>`,
    ],
    ['a link inside a sentence', '<a href="/report">the council report</a>'],
    [
      "a link around a guide entry's lone heading over the critic's write-up (the place's name, its heading's link set outside it)",
      '<a href="/reviews/pho-lantern"><h2>Phở Lantern</h2></a><div class="meta">$$ · Vietnamese · East Passyunk</div><div class="blurb"><p>This tiny counter only has twelve stools, and for most of the evening all twelve are filled with people hunched over enormous bowls of pho. The broth is simmered for a full day.</p><p>There is no alcohol, and the line on weekends can run to half an hour, but it moves quickly and nobody lingers.</p></div>',
    ],
    ['a named anchor around blocks', '<a name="part-2"><p>The second part of the story.</p></a>'],
    ['a paragraph', '<p>The ferry runs twice a day.</p>'],
    [
      'a ranked list whose items have a heading and their paragraph',
      '<ol><li><h3>1. Harbour Lights</h3><p>The song that made the band, and still its best.</p></li><li><h3>2. Low Tide</h3><p>A slow burn that rewards patience.</p></li></ol>',
    ],
    [
      'a list of facts with a heading in each item',
      '<ul><li><h4>Opened</h4> The ferry first sailed in 1962.</li><li><h4>Crossings</h4> It now runs twice a day.</li></ul>',
    ],
    [
      'a menu of headed link lists',
      '<ul><li><h3>Don\'t Miss</h3><ul><li><a href="/a">Ferry fares</a></li></ul></li><li><h3>Apps</h3><ul><li><a href="/b">Harbour app</a></li></ul></li></ul>',
    ],
    [
      'a listicle in blocks of one class, each a linked heading over its long review',
      `<div class="picks">${['Harbour Kettle', 'Pier Toaster']
        .map(
          (name) =>
            `<div class="pick"><h3><a href="/go/${name.length}">${name}</a></h3><p>${'We used it every morning for a month and it never once let us down, even on the coldest days on the pier. '.repeat(3)}</p></div>`,
        )
        .join('')}</div>`,
    ],
    [
      'blocks of one class that are prose with a link inside',
      '<div><div class="para"><p>The <a href="/r">council report</a> came out on Monday.</p></div><div class="para"><p>The ferry runs twice a day.</p></div></div>',
    ],
    [
      'cards of different shapes side by side (a card and a prose block)',
      '<div><div class="card"><a href="/a">Ferries</a><p>About ferries.</p></div><div class="note"><a href="/b">Tides</a><p>About tides.</p></div></div>',
    ],
    [
      'facts in blocks of one class, each a heading and a sentence',
      '<div><div class="fact"><h4>Opened</h4><span>The ferry first sailed in 1962.</span></div><div class="fact"><h4>Crossings</h4><span>It now runs twice a day.</span></div></div>',
    ],
    [
      'headed rows of one class beside a paragraph of the story',
      '<div><div class="row"><span>1</span><h4>Harbour Lights</h4><span>The Pilots</span></div><div class="row"><span>2</span><h4>Low Tide</h4><span>Mara Quay</span></div><p>Read more about the chart: the two songs have swapped places for a month, and both bands tour in May.</p></div>',
    ],
    [
      'headed rows of different classes',
      '<div><div class="first"><span>1</span><h4>Harbour Lights</h4><span>The Pilots</span></div><div class="second"><span>2</span><h4>Low Tide</h4><span>Mara Quay</span></div></div>',
    ],
  ])('should not read %s as teaser cards', (_case, html) => {
    expect(isTeaserCard(elementOf(html))).toBe(false);
  });
});

describe('isTeaserCard: post grids whose cards carry their post ids, under the grid heading', () => {
  const gridCard = (id: number, title: string): string =>
    `<article class="uagb-post__inner-wrap uagb-post__inner-wrap-${id}"><h4 class="uagb-post__title"><a href="/p/${id}">${title}</a></h4><div class="uagb-post__excerpt"><p>A line about ${title.toLowerCase()}.</p></div><div class="uagb-post__cta"><a href="/p/${id}">Read More</a></div></article>`;

  it.each([
    [
      'a Spectra post grid under its own "Related articles" heading',
      `<div class="uagb-post-grid"><h2>Related articles</h2>${gridCard(2019, 'Carrick head race report')}${gridCard(1987, 'Boathouse leases')}</div>`,
    ],
    [
      'WordPress post cards whose classes start with the post id and name their terms',
      '<div class="posts"><article class="post-4402 post type-post category-city-hall"><h3><a href="/a">Audit of the reserve fund</a></h3><p>Reserves shrink.</p></article><article class="post-4390 post type-post category-police"><h3><a href="/b">Police contract cost</a></h3><p>Raises add up.</p></article></div>',
    ],
  ])('should read %s as teaser cards', (_case, html) => {
    expect(isTeaserCard(elementOf(html))).toBe(true);
  });

  it.each([
    [
      'a section of the story: a heading over prose blocks with a link inside',
      '<div><h2>What comes next</h2><div class="para-1"><p>The <a href="/r">council report</a> came out on Monday.</p></div><div class="para-2"><p>The ferry runs twice a day.</p></div></div>',
    ],
    [
      'a heading with a link over cards (a section link, not the grid heading)',
      `<div><h2><a href="/rowing">Rowing</a></h2><div class="card"><h3><a href="/a">Ferries</a></h3></div></div>`,
    ],
    [
      'blocks whose only class names are numbered',
      '<div><div class="block-1"><h3><a href="/a">Ferries</a></h3></div><div class="block-2"><h3><a href="/b">Tides</a></h3></div></div>',
    ],
  ])('should not read %s as teaser cards', (_case, html) => {
    expect(isTeaserCard(elementOf(html))).toBe(false);
  });
});
