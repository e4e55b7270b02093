import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { retag } from '../../../utils/dom/retag';

describe('retag', () => {
  it('should put an element of the new tag in place, with the attributes and children of the old one', () => {
    const { document } = parseHTML(
      '<html><body><p>before</p><form class="thread" id="t1" action="/x"><p>One</p>two</form><p>after</p></body></html>',
    );
    const form = document.querySelector('form')!;
    const first = form.firstChild;
    const block = retag(form, 'div');
    expect(block.tagName).toBe('DIV');
    expect(block.getAttribute('class')).toBe('thread');
    expect(block.getAttribute('id')).toBe('t1');
    expect(block.getAttribute('action')).toBe('/x');
    expect(block.firstChild).toBe(first);
    expect(block.textContent).toBe('Onetwo');
    expect(document.querySelector('form')).toBeNull();
    expect([...document.body.children].map((child) => child.tagName)).toEqual(['P', 'DIV', 'P']);
  });
});
