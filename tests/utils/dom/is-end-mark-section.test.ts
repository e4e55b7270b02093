import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isEndMarkSection } from '../../../utils/dom/is-end-mark-section';

const STORY =
  '<p>The district said on Tuesday that students entering 12th grade must show proof of a second dose before school starts.</p>';
const ABOUT =
  '<h3>About Tri-Rivers Health District</h3><p>Tri-Rivers Health District is the local public health agency for three counties.</p>';
const SCENE =
  '<p>By the time the ferry reached the island, the storm had passed, and the harbour master was already out on the quay counting the boats that had not come back.</p>';

/** Whether each element of the page's `<main>` marked `data-t` is part of an end-mark section, in document order. */
function marked(html: string): boolean[] {
  const { document } = parseHTML(`<html><body><main>${html}</main></body></html>`);
  return Array.from(document.querySelectorAll('[data-t]')).map((element) =>
    isEndMarkSection(element as unknown as Element),
  );
}

describe('isEndMarkSection', () => {
  it.each([
    [
      'a centred "###" over the agency\'s "About" heading',
      `${STORY}<p data-t class="text-align-center">###</p>${ABOUT}`,
    ],
    ['a spaced "# # #" over the boilerplate', `${STORY}<p data-t># # #</p>${ABOUT}`],
    ['a "-30-" over a media contact', `${STORY}<div data-t>-30-</div><p>Media contact: Ann Lee, 555-0100</p>`],
    [
      'a centred "###" over an italic "About …:" paragraph with its label run in',
      `${STORY}<p data-t style="text-align:center">###</p><p><em>About Alden County Parks and Recreation: The department manages 14 parks, three campgrounds and more than 60 miles of trails across the county. For more information, visit the parks page.</em></p>`,
    ],
    [
      'a "###" over an "About … –" paragraph',
      `${STORY}<p data-t>###</p><p>About the Harbour Trust – The trust has restored the old quays since 1998 and runs the maritime museum, the boatyard school and the summer ferry to the lighthouse.</p>`,
    ],
  ])('should find the mark of %s', (_case, html) => {
    expect(marked(html)).toEqual([true]);
  });

  it('should take every block after the mark, the footnotes under a rule included', () => {
    const html = `${STORY}<p>###</p>${ABOUT.replaceAll('<h3>', '<h3 data-t>').replaceAll('<p>', '<p data-t>')}<hr data-t><div data-t><ol><li>A footnote.</li></ol></div>`;
    expect(marked(html)).toEqual([true, true, true, true]);
  });

  it.each([
    ['a "###" between two parts of a story', `${STORY}<p data-t>###</p><p data-t>${SCENE.slice(3, -4)}</p>${SCENE}`],
    ['a "###" closing the story with nothing after it', `${STORY}<p data-t>###</p>`],
    [
      'a "###" before a story paragraph that opens on "About"',
      `${STORY}<p data-t>###</p><p>About three hundred people came to the quay that evening, most of them carrying candles, and stood in silence while the harbour master read out the names.</p>`,
    ],
    [
      'a "###" before a long paragraph whose label has a full stop in it',
      `${STORY}<p data-t>###</p><p>About time. The ferry finally sailed at noon, three days late, with the mayor and two hundred passengers on board and a brass band playing on the quay below.</p>`,
    ],
    ['a story paragraph that mentions the mark', `<p data-t>Releases end on ### by custom.</p>${ABOUT}`],
    ['a "###" over a table', `${STORY}<p data-t>###</p><p>Results</p><table><tr><td>1</td></tr></table>`],
  ])('should leave %s', (_case, html) => {
    expect(marked(html).some(Boolean)).toBe(false);
  });
});
