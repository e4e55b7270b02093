import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { dropClosedDialogs } from '../../../utils/dom/drop-closed-dialogs';

const PROSE = 'The clinic was promised $1.4 million for a fiber line in 2020 and has received none of it.';

/** The ids left on the page after the pass. */
function idsLeft(body: string): string[] {
  const { document } = parseHTML(`<html><body>${body}</body></html>`);
  dropClosedDialogs(document as unknown as Document);
  return [...document.querySelectorAll('[id]')].map((element) => element.id);
}

describe('dropClosedDialogs', () => {
  it.each([
    [
      "a republish dialog holding the story's copy",
      `<dialog id="d"><h2>Republish this article</h2><h1>Clinics wait for money</h1><p>${PROSE}</p>` +
        `<p>This article first appeared on The Current and is republished here under a Creative Commons license.</p></dialog>`,
    ],
    [
      'a sign-in dialog',
      `<dialog id="d" class="modal"><form method="dialog"><p>Sign in</p><button>OK</button></form></dialog>`,
    ],
    ['a closed dialog with other attributes', `<dialog id="d" aria-labelledby="t"><h2 id="t">Share</h2></dialog>`],
  ])('should take out %s', (_, dialog) => {
    expect(idsLeft(`<main id="m"><p id="p">${PROSE}</p></main>${dialog}`)).toEqual(['m', 'p']);
  });

  it.each([
    [
      'a dialog the page was read with open',
      `<dialog id="d" open><h2>Clinics wait for money</h2><p>${PROSE}</p></dialog>`,
    ],
    [
      'an ARIA dialog box (a div: its own rules read it)',
      `<div id="d" role="dialog" aria-modal="true"><h2>Clinics wait for money</h2><p>${PROSE}</p></div>`,
    ],
    [
      'a closed disclosure (details), which is no dialog',
      `<details id="d"><summary>Methodology</summary><p>${PROSE}</p></details>`,
    ],
  ])('should keep %s', (_, box) => {
    expect(idsLeft(`<main id="m"><p id="p">${PROSE}</p></main>${box}`)).toEqual(['m', 'p', 'd']);
  });

  it('should keep a closed dialog holding nearly all the page text (a story saved before its script opened it)', () => {
    const story = `<dialog id="d"><h1>Clinics wait for money</h1><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p></dialog>`;
    expect(idsLeft(`<nav id="n"><a href="/">Home</a></nav>${story}`)).toEqual(['n', 'd']);
  });

  it('should take out a nested closed dialog with its outer one', () => {
    const dialog = `<dialog id="d"><p>Share</p><dialog id="e"><p>Copied</p></dialog></dialog>`;
    expect(idsLeft(`<main id="m"><p id="p">${PROSE}</p></main>${dialog}`)).toEqual(['m', 'p']);
  });
});
