import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { openStoryDialog, storyDialogHeading } from '../../../utils/dom/open-story-dialog';

const PROSE =
  'The council voted on Tuesday to keep the old pool open for another summer while it looks for money to repair it.';
const story = (n: number): string => Array.from({ length: n }, (_, i) => `<p>${i + 1}. ${PROSE}</p>`).join('');

/** The id of the dialog read as holding the story, or undefined. */
function chosen(body: string): string | undefined {
  const { document } = parseHTML(`<html><body>${body}</body></html>`);
  return openStoryDialog(document as unknown as Document)?.id;
}

describe('openStoryDialog', () => {
  it('should find a story open in a Bootstrap modal over a list of cards', () => {
    expect(
      chosen(
        `<main><div class="card"><h5>Pool stays open</h5><p>The pool stays open.</p><button>Read More</button></div></main>` +
          `<div class="modal fade show" id="m1" role="dialog" aria-modal="true" aria-labelledby="t1" style="display: block;">` +
          `<div class="modal-content"><h5 id="t1">Pool stays open for another summer</h5>${story(4)}</div></div>` +
          `<div class="modal fade" id="m2" role="dialog" aria-hidden="true"><h5>Burn ban in effect</h5>${story(6)}</div>`,
      ),
    ).toBe('m1');
  });

  it('should count a story whose paragraphs the template sets as divs', () => {
    expect(
      chosen(
        `<main><div class="card"><h5>Pool stays open</h5><div>The pool stays open.</div></div></main>` +
          `<div class="modal show" id="m1" role="dialog" aria-modal="true" style="display: block;">` +
          `<h5>Pool stays open for another summer</h5>${story(4).replaceAll('p>', 'div>')}</div>`,
      ),
    ).toBe('m1');
  });

  it('should count a story whose paragraphs the template sets as runs closed by line breaks', () => {
    const runs = story(4).replaceAll('<p>', '').replaceAll('</p>', '<br><br>');
    expect(
      chosen(
        `<main><div class="card"><h5>Pool stays open</h5>The pool stays open.<br><br></div></main>` +
          `<div class="modal show" id="m1" role="dialog" aria-modal="true" style="display: block;">` +
          `<h5>Pool stays open for another summer</h5><div class="modal-body">${runs}</div></div>`,
      ),
    ).toBe('m1');
  });

  it.each([
    [
      'a consent dialog of two paragraphs set with line breaks',
      `<div id="m1" role="dialog" aria-modal="true"><h2>We value your privacy</h2><div>${story(2).replaceAll('</p>', '<br><br>').replaceAll('<p>', '')}</div><button>Accept</button></div>`,
    ],
    [
      'a closed modal (aria-hidden)',
      `<div id="m1" role="dialog" aria-modal="true" aria-hidden="true"><h2>Pool stays open for another summer</h2>${story(4)}</div>`,
    ],
    [
      'a modal hidden by its style',
      `<div id="m1" role="dialog" aria-modal="true" style="display:none"><h2>Pool stays open for another summer</h2>${story(4)}</div>`,
    ],
    [
      'a dialog without aria-modal',
      `<div id="m1" role="dialog"><h2>Pool stays open for another summer</h2>${story(4)}</div>`,
    ],
    [
      'a consent dialog of two paragraphs',
      `<div id="m1" role="dialog" aria-modal="true"><h2>We value your privacy</h2>${story(2)}<button>Accept</button></div>`,
    ],
    ['a modal with no heading', `<div id="m1" role="dialog" aria-modal="true">${story(4)}</div>`],
    [
      'a newsletter modal over a longer article',
      `<article><h1>Pool stays open</h1>${story(8)}</article>` +
        `<div id="m1" role="dialog" aria-modal="true"><h2>Get our morning newsletter</h2>${story(3)}</div>`,
    ],
  ])('should not take %s', (_case, body) => {
    expect(chosen(body)).toBeUndefined();
  });
});

describe('storyDialogHeading', () => {
  /** The heading text found for the page's `#m1`. */
  function heading(body: string): string | undefined {
    const { document } = parseHTML(`<html><body>${body}</body></html>`);
    const dialog = document.getElementById('m1') as unknown as Element;
    return storyDialogHeading(dialog)?.textContent ?? undefined;
  }

  it('should take the element aria-labelledby names', () => {
    expect(
      heading(
        '<div id="m1" role="dialog" aria-labelledby="t1"><h2>Share this story</h2><h5 id="t1">Pool stays open for another summer</h5></div>',
      ),
    ).toBe('Pool stays open for another summer');
  });

  it('should else take the first heading, but not a short label', () => {
    expect(heading('<div id="m1" role="dialog"><h3>Pool stays open for another summer</h3></div>')).toBe(
      'Pool stays open for another summer',
    );
    expect(heading('<div id="m1" role="dialog"><h3>Menu</h3></div>')).toBeUndefined();
  });
});
