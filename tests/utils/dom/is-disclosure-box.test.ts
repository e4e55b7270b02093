import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isDisclosureBox } from '../../../utils/dom/is-disclosure-box';

/** Whether the first element of the body is a disclosure box. */
function box(html: string): boolean {
  const element = parseHTML(`<html><body>${html}</body></html>`).document.body.firstElementChild;
  if (!element) throw new Error('no element');
  return isDisclosureBox(element as unknown as Element);
}

describe('isDisclosureBox', () => {
  it('should take a box under its own disclosure heading', () => {
    expect(
      box(
        '<div class="css-1"><h4>Disclosures</h4><p>The trial was funded by the Swedish Research Council.</p>' +
          '<p>Holm reported relationships with AstraZeneca and Bayer.</p></div>',
      ),
    ).toBe(true);
    expect(box('<div><h3>Disclosure</h3><p>Please note that our privacy policy has been updated.</p></div>')).toBe(
      true,
    );
    expect(box('<section><p>Conflicts of interest:</p><p>The authors declare none.</p></section>')).toBe(true);
  });

  it("should keep a story's section, a lone heading and a long box", () => {
    expect(
      box(
        '<div><h2>What the filing disclosed</h2><p>The company disclosed a $4 million loss in the quarter.</p></div>',
      ),
    ).toBe(false);
    expect(box('<div><h3>Disclosures</h3></div>')).toBe(false);
    expect(box('<p><strong>Disclosure</strong> The author owns shares.</p>')).toBe(false);
    const long = '<p>The committee heard evidence on the company’s filings over three days in March and April.</p>';
    expect(box(`<section><h2>Disclosures</h2>${long.repeat(25)}</section>`)).toBe(false);
  });
});
