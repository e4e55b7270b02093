import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isHeadlineSiblingDescription } from '../../../utils/dom/is-headline-sibling-description';

const DESCRIPTION = 'After eleven years in the scout hut, G4HRC will be on the air from Gull Point by February.';

/** The headline (`#h`) and the block under test (`#b`) of a small page. */
function parts(body: string): { headline: Element; block: Element } {
  const doc = parseHTML(`<html><body>${body}</body></html>`).document;
  const headline = doc.getElementById('h') as unknown as Element | null;
  const block = doc.getElementById('b') as unknown as Element | null;
  if (!headline || !block) throw new Error('no parts');
  return { headline, block };
}

describe('isHeadlineSiblingDescription', () => {
  it('should read the block under the headline that the description repeats as the dek, whatever its class', () => {
    const { headline, block } = parts(
      `<div><div id="h" class="headline">Club station moves</div><div id="b" class="caption">${DESCRIPTION}</div></div>`,
    );
    expect(isHeadlineSiblingDescription(block, headline, DESCRIPTION)).toBe(true);
  });

  it.each([
    [
      'a caption that is not the description',
      `<h1 id="h">Club station moves</h1><div id="b" class="caption">The cottage at Gull Point. Photo: G. Trelawny</div>`,
    ],
    [
      'a block named as furniture under a heading',
      `<h1 id="h">Consumer lending soars</h1><p id="b" data-component="standfirst_cta">${DESCRIPTION}</p>`,
    ],
    [
      'the description further down the page',
      `<h1 id="h">Club station moves</h1><p>Byline</p><div id="b" class="caption">${DESCRIPTION}</div>`,
    ],
  ])('should leave %s to the other rules', (_case, body) => {
    const { headline, block } = parts(body);
    expect(isHeadlineSiblingDescription(block, headline, DESCRIPTION)).toBe(false);
  });

  it('should say nothing without a description', () => {
    const { headline, block } = parts(`<h1 id="h">Title</h1><div id="b" class="caption">${DESCRIPTION}</div>`);
    expect(isHeadlineSiblingDescription(block, headline, undefined)).toBe(false);
  });
});
