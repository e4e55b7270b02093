import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isSkippedElement } from '../../../utils/dom/append-blocks';
import { isCollapsedStoryPart } from '../../../utils/dom/is-collapsed-story-part';
import { isHiddenTranslation, isOtherLanguageBlock } from '../../../utils/dom/is-hidden-translation';

const PROSE_EN =
  '<p>The pool will close for four months this winter, after the council decided it cannot afford to heat the water.</p><p>The petition will be presented to the full council in January.</p>';
const PROSE_CY =
  "<p>Bydd y pwll ar gau am bedwar mis y gaeaf hwn, ar ôl i'r cyngor benderfynu na all fforddio cynhesu'r dŵr.</p>";

/** The element with id `target` on a page in `lang`. */
function target(html: string, lang: string | null = 'cy', id = 'panel'): Element {
  const langAttribute = lang === null ? '' : ` lang="${lang}"`;
  const { document } = parseHTML(`<html${langAttribute}><body>${html}</body></html>`);
  const element = (document as unknown as Document).getElementById(id);
  if (!element) throw new Error('no target');
  return element;
}

describe('isHiddenTranslation', () => {
  it.each([
    [
      'a hidden English panel behind a "Read in English" toggle on a Welsh page',
      `${PROSE_CY}<button aria-controls="panel">Read this article in English</button><div id="panel" lang="en" hidden>${PROSE_EN}</div>`,
      'cy',
    ],
    [
      'a translation hidden by an inline style',
      `<div id="panel" lang="en-GB" style="display: none">${PROSE_EN}</div>`,
      'cy',
    ],
    [
      "an inactive Bootstrap tab pane in French on an English page (hidden by Bootstrap's stylesheet)",
      `<div class="tab-content"><div class="tab-pane fade show active" lang="en">${PROSE_EN}</div><div class="tab-pane fade" id="panel" lang="fr">${PROSE_CY}</div></div>`,
      'en-CA',
    ],
    [
      'a French tab panel whose tab is not selected (WAI-ARIA tabs, no Bootstrap class)',
      `<div role="tablist"><button role="tab" id="t-en" aria-selected="true">English</button><button role="tab" id="t-fr" aria-selected="false">Français</button></div><div role="tabpanel" aria-labelledby="t-en" lang="en">${PROSE_EN}</div><div role="tabpanel" id="panel" aria-labelledby="t-fr" lang="fr">${PROSE_CY}</div>`,
      'en',
    ],
  ])('finds %s', (_case, html, lang) => {
    const element = target(html, lang);
    expect(isHiddenTranslation(element)).toBe(true);
    expect(isCollapsedStoryPart(element)).toBe(false);
  });

  it.each([
    [
      'the rest of the story collapsed behind "Continue reading" (same language)',
      `<button aria-controls="panel">Continue reading</button><div id="panel" lang="cy" hidden>${PROSE_EN}</div>`,
      'cy',
    ],
    ['a shown translation (side by side or one after the other)', `<div id="panel" lang="en">${PROSE_EN}</div>`, 'cy'],
    [
      'the active tab pane in the page language',
      `<div class="tab-content"><div class="tab-pane active" id="panel" lang="en">${PROSE_EN}</div></div>`,
      'en-CA',
    ],
    ['a hidden block on a page that declares no language', `<div id="panel" lang="en" hidden>${PROSE_EN}</div>`, null],
    [
      'the selected tab panel in another language',
      `<button role="tab" id="t-en" aria-selected="true">English</button><div role="tabpanel" id="panel" aria-labelledby="t-en" lang="en">${PROSE_EN}</div>`,
      'cy',
    ],
    ['a hidden block without its own language', `<div id="panel" hidden>${PROSE_EN}</div>`, 'cy'],
  ])('leaves %s', (_case, html, lang) => {
    expect(isHiddenTranslation(target(html, lang))).toBe(false);
  });

  it('compares primary language subtags only', () => {
    expect(isOtherLanguageBlock(target('<p id="panel" lang="en-US">x</p>', 'en-GB'))).toBe(false);
    expect(isOtherLanguageBlock(target('<p id="panel" lang="zh-Hant">x</p>', 'zh-HK'))).toBe(false);
    expect(isOtherLanguageBlock(target('<p id="panel" lang="fr_CA">x</p>', 'en-CA'))).toBe(true);
  });

  it('skips a hidden translation in the text walk, not a shown one', () => {
    expect(isSkippedElement(target(`<div id="panel" lang="en" hidden>${PROSE_EN}</div>`))).toBe(true);
    expect(isSkippedElement(target(`<div id="panel" class="tab-pane" lang="en">${PROSE_EN}</div>`))).toBe(true);
    expect(isSkippedElement(target(`<div id="panel" lang="en">${PROSE_EN}</div>`))).toBe(false);
  });
});

describe('isHiddenTranslation: a closed <details> holding the other language', () => {
  it.each([
    [
      'the Malay original under a machine-translated English story',
      `${PROSE_EN}<details id="panel"><summary>Baca teks asal dalam Bahasa Melayu</summary><div lang="ms">${PROSE_CY}</div></details>`,
      'en-US',
    ],
    [
      'a <details> that declares the other language itself',
      `${PROSE_CY}<details id="panel" lang="en"><summary>Read in English</summary>${PROSE_EN}</details>`,
      'cy',
    ],
  ])('should leave out %s', (_, html, lang) => {
    const element = target(html, lang);
    expect(isHiddenTranslation(element)).toBe(true);
    expect(isSkippedElement(element)).toBe(true);
  });

  it.each([
    [
      'an open <details> (the reader sees it)',
      `<details id="panel" open><summary>Teks asal</summary><div lang="ms">${PROSE_CY}</div></details>`,
      'en',
    ],
    [
      "a closed <details> in the page's language (an accordion of the story)",
      `<details id="panel"><summary>How the vote went</summary><div lang="en">${PROSE_EN}</div></details>`,
      'en',
    ],
    [
      'a closed <details> with a paragraph in the page language beside the translation',
      `<details id="panel"><summary>Original</summary><p>Translated by the desk.</p><div lang="ms">${PROSE_CY}</div></details>`,
      'en',
    ],
    [
      'a closed <details> on a page without a language',
      `<details id="panel"><summary>Original</summary><div lang="ms">${PROSE_CY}</div></details>`,
      null,
    ],
  ])('should keep %s', (_, html, lang) => {
    expect(isHiddenTranslation(target(html, lang))).toBe(false);
  });
});
