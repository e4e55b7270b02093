import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { appendBlocks } from '../../../utils/dom/append-blocks';
import { TextBuilder } from '../../../utils/dom/text-builder';

/** The lines `appendBlocks` writes for the page body `html`. */
function linesOf(html: string): string[] {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const builder = new TextBuilder();
  appendBlocks(builder, doc.body);
  return builder.toString().split('\n').filter(Boolean);
}

describe('appendBlocks', () => {
  it('should write the parts of a time stamp apart', () => {
    const html = '<time datetime="2026-11-28"><span>November 28, 2026</span><span>2:31 AM UTC</span></time>';
    expect(linesOf(html)).toEqual(['November 28, 2026 2:31 AM UTC']);
  });

  it.each([
    ['<p><span class="dropcap">T</span>he ferry runs again.</p>', ['The ferry runs again.']],
    ['<p>Boats <b>are</b><i>back</i> on <time>Monday</time>.</p>', ['Boats areback on Monday.']],
    ['<p>One</p><div>Two</div>', ['One', 'Two']],
  ])('should write other inline text as the page has it: %s', (html, expected) => {
    expect(linesOf(html)).toEqual(expected);
  });
});
