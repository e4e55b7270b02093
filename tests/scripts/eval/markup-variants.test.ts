import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { MARKUP_VARIANTS } from '../../../scripts/eval/markup-variants';

const PAGE =
  '<!doctype html><html><head><meta property="og:title" content="T"><script type="application/ld+json">{}</script>' +
  '</head><body><header><h1 class="title">Headline</h1></header><main><article><section>' +
  '<p class="lede">First <b>run</b>.</p><h2>Sub</h2><p>Second.</p></section></article></main></body></html>';

function transformed(name: string): Document {
  const variant = MARKUP_VARIANTS.find((candidate) => candidate.name === name)!;
  const { document } = parseHTML(PAGE);
  variant.apply(document as unknown as Document);
  return document as unknown as Document;
}

describe('MARKUP_VARIANTS', () => {
  it('keeps the page text under every transform', () => {
    for (const { name } of MARKUP_VARIANTS) {
      expect(transformed(name).body.textContent, name).toBe('HeadlineFirst run.SubSecond.');
    }
  });

  it('sets paragraphs as divs with their attributes, and headings the same way', () => {
    const divs = transformed('paragraphs as divs');
    expect(divs.querySelectorAll('p')).toHaveLength(0);
    expect(divs.querySelector('div.lede')?.innerHTML).toBe('First <b>run</b>.');
    const headings = transformed('headings as divs');
    expect(headings.querySelectorAll('h1, h2')).toHaveLength(0);
    expect(headings.querySelector('div.title')?.textContent).toBe('Headline');
  });

  it('leaves a paragraph as text closed by two line breaks', () => {
    const section = transformed('paragraphs as line breaks').querySelector('section')!;
    expect(section.innerHTML).toBe('First <b>run</b>.<br><br><h2>Sub</h2>Second.<br><br>');
  });

  it('makes nested sectioning tags divs, and removes JSON-LD and meta', () => {
    expect(transformed('no semantic tags').querySelectorAll('header, main, article, section')).toHaveLength(0);
    const bare = transformed('no metadata');
    expect(bare.querySelectorAll('meta, script')).toHaveLength(0);
    expect(bare.querySelector('h1')?.textContent).toBe('Headline');
  });
});
