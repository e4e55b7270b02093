import { describe, expect, it } from 'vitest';
import { isCitationBox } from '../../../utils/dom/is-citation-box';
import { elementOf } from './element-of';

const CITATION = '<p>Lee, A. (2026). Road deaths. Published online at Example.org.</p>';

describe('isCitationBox', () => {
  it.each([
    [
      'a "Cite this work" section',
      `<section><h3>Cite this work</h3>${CITATION}<pre><code>@article{x}</code></pre></section>`,
    ],
    [
      'a numbered "Cite this statistical bulletin" section',
      `<section><h2><span>5.</span> Cite this statistical bulletin</h2>${CITATION}</section>`,
    ],
    ['a "Suggested citation:" box', `<div><p><strong>Suggested citation:</strong></p>${CITATION}</div>`],
    ['a "How to cite this report" box', `<aside><h4>How to cite this report</h4>${CITATION}</aside>`],
    [
      'a "Reuse this work freely" box',
      '<div><h3>Reuse this work freely</h3><p>All our charts are open access.</p></div>',
    ],
  ])('should find %s', (_case, html) => {
    expect(isCitationBox(elementOf(html))).toBe(true);
  });

  it.each([
    [
      'a story section on citing sources',
      '<section><h2>Why citing sources matters</h2><p>Students who cite their sources score higher.</p></section>',
    ],
    ['the label alone', '<div><h3>Cite this work</h3></div>'],
    ['the label as a paragraph', '<p>Cite this work</p>'],
    [
      'a long section under the label',
      `<section><h3>Cite this work</h3>${'<p>The council met on Monday and voted on the budget again.</p>'.repeat(60)}</section>`,
    ],
  ])('should keep %s', (_case, html) => {
    expect(isCitationBox(elementOf(html))).toBe(false);
  });
});

describe('isCitationBox with a think tank’s label', () => {
  it.each([
    [
      'a "Recommended citation" box with a copy button',
      `<div><h3>Recommended citation</h3>${CITATION}<button>Copy citation</button></div>`,
    ],
    ['a "Preferred citation:" box', `<div><p><strong>Preferred citation:</strong></p>${CITATION}</div>`],
  ])('should find %s', (_case, html) => {
    expect(isCitationBox(elementOf(html))).toBe(true);
  });

  it('should keep a story section whose heading only mentions a citation', () => {
    expect(
      isCitationBox(
        elementOf('<section><h2>A recommended citation format for courts</h2><p>Judges asked for one.</p></section>'),
      ),
    ).toBe(false);
  });
});
