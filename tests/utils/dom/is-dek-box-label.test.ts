import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isDekBoxLabel } from '../../../utils/dom/is-dek-box-label';
import { appendHeaderLines } from '../../../utils/dom/append-header-lines';
import { TextBuilder } from '../../../utils/dom/text-builder';

/** The text nodes of the elements `.label` and `.dek`. */
function linesOf(html: string): { label: Text[]; dek: Text[] } {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const texts = (selector: string): Text[] => {
    const element = doc.querySelector(selector);
    if (!element) throw new Error(`no ${selector}`);
    const found: Text[] = [];
    const walk = (node: Node): void => {
      if (node.nodeType === 3 && (node.textContent ?? '').trim().length > 0) found.push(node as Text);
      node.childNodes.forEach(walk);
    };
    walk(element);
    return found;
  };
  return { label: texts('.label'), dek: texts('.dek') };
}

const DEK = 'Garment makers say the gain from a weaker rupee has been eaten up by costlier cotton.';

describe('isDekBoxLabel', () => {
  it.each([
    [
      "'Synopsis' over the dek in its box",
      `<div class="artSyn"><div class="label">Synopsis</div><h2 class="dek">${DEK}</h2></div>`,
    ],
    ["'In brief:' over the dek", `<div><span class="label">In brief:</span><p class="dek">${DEK}</p></div>`],
  ])('should find %s', (_case, html) => {
    const { label, dek } = linesOf(html);
    expect(isDekBoxLabel(label, dek)).toBe(true);
  });

  it.each([
    ['a byline in the dek’s box', `<div><div class="label">Ann Lee</div><p class="dek">${DEK}</p></div>`],
    ['a date in the dek’s box', `<div><div class="label">May 2, 2024</div><p class="dek">${DEK}</p></div>`],
    [
      'a section tag apart from the dek',
      `<div><div class="label">Markets</div></div><div><p class="dek">${DEK}</p></div>`,
    ],
    [
      'a label in a box holding more than the dek',
      `<div><div class="label">Synopsis</div><p class="dek">${DEK}</p><p>Share this story</p></div>`,
    ],
  ])('should keep %s', (_case, html) => {
    const { label, dek } = linesOf(html);
    expect(isDekBoxLabel(label, dek)).toBe(false);
  });
});

describe('appendHeaderLines with a labelled dek box', () => {
  it('should write the byline and the dek, not the dek box’s label', () => {
    const doc = parseHTML(
      `<html><body><h1>Weak rupee fails to cheer exporters</h1><div class="byline">By Vaishnavi Raghunathan, ET Bureau</div><div class="artSyn"><div>Synopsis</div><h2 class="summary">${DEK}</h2></div><div class="body"><p>MUMBAI: A rupee that has lost close to 12 per cent this year should have been good news.</p></div></body></html>`,
    ).document as unknown as Document;
    const headline = doc.querySelector('h1') as Element;
    const body = doc.querySelector('.body') as Element;
    const builder = new TextBuilder();
    const { standfirst } = appendHeaderLines(
      builder,
      headline,
      (node) => body.contains(node),
      () => false,
    );
    expect(builder.toString().split('\n').filter(Boolean)).toEqual(['By Vaishnavi Raghunathan, ET Bureau', DEK]);
    expect(standfirst).toBe(DEK);
  });
});
