import { describe, expect, it } from 'vitest';
import { disclosureSummary, isDisclosureComponent } from '../../../utils/dom/disclosure-component';
import { elementOf } from './element-of';

describe('isDisclosureComponent', () => {
  it.each(['sl-details', 'wa-details', 'acme-ui-details'])('should find <%s>', (tag) => {
    expect(isDisclosureComponent(elementOf(`<${tag}><p>Text</p></${tag}>`))).toBe(true);
  });

  it.each(['details', 'div', 'sl-card', 'product-details-panel'])('should not take <%s>', (tag) => {
    expect(isDisclosureComponent(elementOf(`<${tag}><p>Text</p></${tag}>`))).toBe(false);
  });
});

describe('disclosureSummary', () => {
  it('should read the label from the `summary` attribute, spaces folded', () => {
    expect(disclosureSummary(elementOf('<sl-details summary="  Key   takeaways "><p>Text</p></sl-details>'))).toBe(
      'Key takeaways',
    );
  });

  it.each([
    ['a disclosure without the attribute', '<sl-details><span slot="summary">Key takeaways</span></sl-details>'],
    ['an empty attribute', '<sl-details summary=" "><p>Text</p></sl-details>'],
    ['a plain `<details>`', '<details summary="Key takeaways"><p>Text</p></details>'],
  ])('should give nothing for %s', (_case, html) => {
    expect(disclosureSummary(elementOf(html))).toBeUndefined();
  });
});
