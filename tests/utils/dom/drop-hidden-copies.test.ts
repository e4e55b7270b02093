import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { dropHiddenCopies } from '../../../utils/dom/drop-hidden-copies';

const OPENING =
  '<p>HARWICH—The county board voted late Tuesday to close two of its four ferry piers for repairs, leaving ' +
  'commuters on the north shore with one crossing an hour through the winter and a bus link that takes longer.</p>';
const MORE =
  '<p>The board said the piers had not been rebuilt since 1987 and that divers found cracked pilings in March. ' +
  'Repairs are to take eleven weeks and cost about $3.2 million, most of it from a state fund.</p>';

/** The ids left on the page after the pass. */
function idsLeft(body: string): string[] {
  const { document } = parseHTML(`<html><body>${body}</body></html>`);
  dropHiddenCopies(document as unknown as Document);
  return [...document.querySelectorAll('[id]')].map((element) => element.id);
}

describe('dropHiddenCopies', () => {
  it.each([
    [
      "a paywall's hidden teaser copy before the shown story (Bootstrap 3 `hidden`)",
      `<div id="h" class="article story snippet hidden"><h3>By Ann Reyes</h3>${OPENING}</div>` +
        `<div id="s" class="article story snippet"><h3>By Ann Reyes</h3>${OPENING}${MORE}</div>`,
      ['s'],
    ],
    [
      'a `d-none` copy after the shown story',
      `<div id="s">${OPENING}${MORE}</div><div id="h" class="story-copy d-none">${OPENING}</div>`,
      ['s'],
    ],
    [
      'a `hide` copy of the whole story for another layout',
      `<div id="s">${OPENING}${MORE}</div><section id="h" class="hide">${OPENING}${MORE}</section>`,
      ['s'],
    ],
  ])('should take out %s', (_, body, left) => {
    expect(idsLeft(body)).toEqual(left);
  });

  it.each([
    [
      "the story's collapsed second half, printed nowhere else",
      `<div id="s">${OPENING}</div><div id="h" class="rest hidden">${MORE}</div>`,
      ['s', 'h'],
    ],
    [
      'the full story hidden behind a shown preview of its opening ("Read more")',
      `<div id="s" class="preview">${OPENING}</div><div id="h" class="full-story hidden">${OPENING}${MORE}</div>`,
      ['s', 'h'],
    ],
    [
      'two hidden copies of a text the page shows nowhere',
      `<div id="h" class="hidden">${OPENING}</div><div id="i" class="hidden">${OPENING}</div>`,
      ['h', 'i'],
    ],
    [
      'a box hidden on phones only (`hidden-xs`: shown on wider screens)',
      `<div id="s">${OPENING}${MORE}</div><div id="h" class="hidden-xs">${OPENING}</div>`,
      ['s', 'h'],
    ],
    [
      'a short hidden line the page prints again (a headline for another layout)',
      `<h1 id="t">Ferry piers to close for winter repairs</h1>` +
        `<p id="h" class="hidden">Ferry piers to close for winter repairs</p><div id="s">${OPENING}</div>`,
      ['t', 'h', 's'],
    ],
  ])('should keep %s', (_, body, left) => {
    expect(idsLeft(body)).toEqual(left);
  });
});
