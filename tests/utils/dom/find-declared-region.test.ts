import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DeclaredText } from '../../../utils/dom/declared-text';
import { findDeclaredRegion } from '../../../utils/dom/find-declared-region';
import type { DeclaredBody } from '../../../utils/dom/read-declared-body';

const PARAGRAPHS = [
  'The council voted on Tuesday to rebuild the old ferry pier after three years of dispute on the waterfront.',
  'Fishermen had argued that a longer pier would narrow the channel used by the largest boats in winter.',
  'Work is due to start in the spring and should take about eighteen months, the council said on Tuesday.',
  'The ferry will use a temporary landing on the north beach while the old pier is taken down in March.',
  'The mayor said the vote showed the town could still agree on big projects after a long argument.',
];
const declared: DeclaredBody = { text: PARAGRAPHS.join('\n\n'), elements: [], source: 'json-ld', truncated: false };
const docOf = (body: string): Document =>
  parseHTML(`<html><body>${body}</body></html>`).document as unknown as Document;
const idOf = (doc: Document): string | undefined =>
  findDeclaredRegion(doc, declared, new DeclaredText(declared.text))?.id || undefined;

describe('findDeclaredRegion', () => {
  it('should pick the block holding the body, not a most-read list or the page', () => {
    const doc = docOf(
      `<div id="page"><ul id="most-read"><li><a href="/a">Storm closes the coast road for a second night</a></li></ul>` +
        `<div id="story"><div id="part-1"><p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p></div>` +
        `<div id="part-2">${PARAGRAPHS.slice(2)
          .map((line) => `<p>${line}</p>`)
          .join('')}</div></div></div>`,
    );
    expect(idOf(doc)).toBe('story');
  });

  it('should not be lifted to the page by one paragraph repeated as a teaser elsewhere', () => {
    const doc = docOf(
      `<div id="page"><aside id="teasers"><p>${PARAGRAPHS[0]}</p></aside>` +
        `<div id="story">${PARAGRAPHS.map((line) => `<p>${line}</p>`).join('')}</div></div>`,
    );
    expect(idOf(doc)).toBe('story');
  });

  it('should not take a hidden copy of the body for the region', () => {
    const paragraphs = PARAGRAPHS.map((line) => `<p>${line}</p>`).join('');
    const doc = docOf(
      `<div id="page"><div id="crawler-copy" hidden>${paragraphs}</div><div id="story">${paragraphs}</div></div>`,
    );
    expect(idOf(doc)).toBe('story');
  });

  it('should give nothing when no paragraph of the page is in the declared body', () => {
    expect(
      idOf(docOf('<div id="page"><p>A new bakery opened on Harbour Street this week, baking since dawn.</p></div>')),
    ).toBeUndefined();
  });

  it('should take the nearest element around several microdata parts', () => {
    const doc = docOf(
      `<div id="page"><div id="story"><div><p itemprop="articleBody">${PARAGRAPHS[0]}</p></div>` +
        `<div><p itemprop="articleBody">${PARAGRAPHS[1]}</p></div></div></div>`,
    );
    const elements = [...doc.querySelectorAll('[itemprop]')];
    expect(
      findDeclaredRegion(
        doc,
        { text: declared.text, elements, source: 'microdata', truncated: false },
        new DeclaredText(declared.text),
      )?.id,
    ).toBe('story');
  });
});
