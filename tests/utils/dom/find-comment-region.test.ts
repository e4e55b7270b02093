import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findCommentRegion } from '../../../utils/dom/find-comment-region';
import { readPage } from '../../../utils/dom/read-page';
import { fixtureHtml, loadFixture } from './load-fixture';

/** The link box with one more line appended to its list. */
const withLine = (line: string): Document =>
  parseHTML(fixtureHtml('dom-comments-link-box').replace('</ul>', `${line}</ul>`)).document as unknown as Document;

describe('findCommentRegion', () => {
  it('should find the flat comment list under its count heading', () => {
    expect(findCommentRegion(loadFixture('dom-flat'))?.id).toBe('comments');
  });

  it('should not take a #comments box of giveaway links with prose but no comment evidence', () => {
    expect(findCommentRegion(loadFixture('dom-comments-link-box'))).toBeUndefined();
  });

  it.each([
    ['a comment count', '<li>2 Comments</li>'],
    ['repeated byline lines', '<li>Ravi, October 3, 2024 at 9:12 am</li><li>Dana K, October 4, 2024 at 7:45 pm</li>'],
  ])('should take the same box once it shows %s', (_, line) => {
    expect(findCommentRegion(withLine(line))?.id).toBe('comments');
  });

  it.each([
    [
      'a head block of heading and rules over the list',
      '<section id="s"><header><h3>Comentarios</h3><p>Normas de participación</p></header><ul><li>vecino_russafa hace 2 horas</li><li>Ya era hora. En mi calle no se puede caminar por la acera.</li><li>MarisaG hace 3 horas</li><li>Lo de las tabletas me parece buena idea, si hay agentes.</li></ul></section>',
    ],
    [
      'a German forum box under its own head',
      '<div id="s"><div><h3>Diskussion über diesen Artikel</h3><a href="#">alles aus diesem Thread</a></div><div><p>hessenbub heute, 15:31 Uhr</p><p>Alle wollen Strom aus der Steckdose, aber niemand will das Windrad sehen.</p></div><div><p>vogelwart heute, 16:02 Uhr</p><p>Dass zwei Gutachten zu ganz unterschiedlichen Zählungen kommen, ist normal.</p></div></div>',
    ],
  ])('should take the section around %s, its names hashed', (_, html) => {
    const { document } = parseHTML(`<html><body><article><h1>T</h1><p>Story.</p></article>${html}</body></html>`);
    expect(findCommentRegion(document as unknown as Document)?.id).toBe('s');
  });

  it("should not take a story's section under a heading of the same words, with no comment evidence", () => {
    const { document } = parseHTML(
      '<html><body><article><h1>T</h1><section><header><h3>Comentarios</h3><p>Las reacciones de los vecinos</p></header><p>El alcalde defendió la medida ante el pleno y pidió paciencia a los vecinos.</p><p>La oposición votó en contra.</p></section></article></body></html>',
    );
    expect(findCommentRegion(document as unknown as Document)).toBeUndefined();
  });

  it('should not take it for a single dated line', () => {
    expect(findCommentRegion(withLine('<li>Updated October 3, 2024</li>'))).toBeUndefined();
  });

  describe('a comment service region with its controls', () => {
    const reading = readPage(loadFixture('dom-region-service-chrome'));
    const region = reading.text.slice(reading.options.commentsStart).split('\n').filter(Boolean);

    it('should take a region with one comment under its count', () => {
      expect(findCommentRegion(loadFixture('dom-region-service-chrome'))?.id).toBe('comments');
    });

    it('should hand the parser the comment without the sign-in, sorting, help and flag lines', () => {
      expect(region).toEqual([
        'gridiron_gus 5 pts',
        'Correction: it is nine touchdowns and one interception over the last four, not five.',
      ]);
    });
  });

  describe('a section whose class names say nothing', () => {
    const COMMENTS =
      '<div class="css-c1"><span>Ravi</span> <span>Nov 28, 2026 10:12am</span></div><p>The lining will not stop the water theft upstream, only the gauges will.</p>' +
      '<div class="css-c1"><span>Dana K</span> <span>Nov 28, 2026 11:40am</span></div><p>Publish the gauge data every day and we can all check it.</p>';
    const page = (section: string): Document =>
      parseHTML(
        `<html><body><main class="css-m"><article class="css-a"><h1>Canals to be lined</h1><p>${'The province will line the canals. '.repeat(8)}</p></article>${section}</main></body></html>`,
      ).document as unknown as Document;

    it.each([
      ['its count heading', `<section class="css-s"><h3 class="css-h">Comments (2)</h3>${COMMENTS}</section>`],
      ['a ranked heading', `<section class="css-s"><h2>Top Rated Comments</h2>${COMMENTS}</section>`],
      [
        'a heading in a wrapper',
        `<div class="css-s"><div class="css-w"><h2>2 Comments</h2></div><div>${COMMENTS}</div></div>`,
      ],
      [
        'a heading sharing a header row with its "View all" link',
        `<section class="css-s"><div class="css-r"><h3>Discussion</h3><a href="#all">View all 57 replies</a></div><ul><li>${COMMENTS}</li></ul></section>`,
      ],
      [
        'a heading sharing a header row with a sort menu, two blocks down',
        `<section class="css-s"><div class="css-t"><div class="css-r"><h3>Comments</h3><button>Sort by Newest</button></div></div><div>${COMMENTS}</div></section>`,
      ],
      [
        'its count set as a styled div (React Native for Web)',
        `<div class="css-s"><div dir="auto" class="css-901oao r-b88u0q">Comments (2)</div><div role="button" tabindex="0"><div dir="auto">Sign in to join the conversation</div></div>${COMMENTS}</div>`,
      ],
    ])('should find the block led by %s', (_, section) => {
      expect(findCommentRegion(page(section))?.className).toBe('css-s');
    });

    it.each([
      [
        'a count on a button in the share row',
        `<div class="css-s"><div role="button" tabindex="0"><div dir="auto">Comments (2)</div></div>${COMMENTS}</div>`,
      ],
      [
        'a count on a link to the section',
        `<div class="css-s"><a href="#c"><div dir="auto">Comments (2)</div></a>${COMMENTS}</div>`,
      ],
      [
        'a story line that names comments among other words',
        `<div class="css-s"><div dir="auto">Comments (2) were removed by the moderators.</div>${COMMENTS}</div>`,
      ],
    ])('should not take the block after %s', (_, section) => {
      expect(findCommentRegion(page(section))).toBeUndefined();
    });

    it.each([
      [
        'a heading in the middle of the column',
        `<div class="css-s"><p>${'More on the canals. '.repeat(6)}</p><h3>Comments</h3>${COMMENTS}</div>`,
      ],
      ['a sidebar of recent comments', `<section class="css-s"><h3>Recent Comments</h3>${COMMENTS}</section>`],
      ['a widget of top comments', `<section class="css-s"><h3>Top comments</h3>${COMMENTS}</section>`],
      [
        'a heading over an empty section',
        '<section class="css-s"><h3>Comments (0)</h3><p>No comments yet.</p></section>',
      ],
      [
        "a header row over a paper's discussion of its results, in a section",
        `<section class="css-s"><div class="css-r"><h2>Discussion</h2><a href="#fig2">See figure 2</a></div><p>${'The gauges show the canal losses fell by a third after lining, as in the 2019 trial. '.repeat(3)}</p></section>`,
      ],
      [
        'a header row in the middle of its block',
        `<section class="css-s"><p>${'More on the canals. '.repeat(6)}</p><div class="css-r"><h3>Discussion</h3><a href="#all">View all 57 replies</a></div>${COMMENTS}</section>`,
      ],
      [
        'a heading over story links',
        `<section class="css-s"><h3>Discussion</h3><p><a href="/a">${'Canal plans under fire in the delta. '.repeat(4)}</a></p></section>`,
      ],
    ])('should not take %s', (_, section) => {
      expect(findCommentRegion(page(section))).toBeUndefined();
    });
  });
});
