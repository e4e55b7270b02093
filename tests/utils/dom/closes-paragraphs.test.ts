import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { closesParagraphs } from '../../../utils/dom/closes-paragraphs';

/** The element marked `data-probe` in a small page. */
const probeOf = (html: string): Element => {
  const doc = parseHTML(`<html><body><div>${html}</div></body></html>`).document as unknown as Document;
  const element = doc.querySelector('[data-probe]');
  if (!element) throw new Error('no probe');
  return element;
};

describe('closesParagraphs', () => {
  it('should find a line with three paragraphs before it', () => {
    expect(closesParagraphs(probeOf('<p>a</p><div>x</div><p>b</p><p>c</p><p data-probe>d</p>'))).toBe(true);
  });

  it('should not find a line with fewer paragraphs before it', () => {
    expect(closesParagraphs(probeOf('<div>x</div><p>b</p><p>c</p><p data-probe>d</p>'))).toBe(false);
  });
});
