import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { hashNames } from '../../../scripts/eval/hash-names';

function hashedBody(html: string): Element {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  hashNames(document);
  return document.body;
}

describe('hashNames', () => {
  it('renames classes and ids to tokens that say nothing, equal names alike, and drops data attributes', () => {
    const body = hashedBody('<div class="story-body" id="main" data-kind="story"><p class="story-body">x</p></div>');
    const [box, paragraph] = [body.querySelector('div')!, body.querySelector('p')!];
    expect(box.getAttribute('class')).toMatch(/^css-[0-9a-f]{8}$/);
    expect(box.getAttribute('class')).toBe(paragraph.getAttribute('class'));
    expect(box.getAttribute('id')).not.toContain('main');
    expect(box.hasAttribute('data-kind')).toBe(false);
  });

  it('renames the id in the attributes that point at it, so a toggle still names its panel', () => {
    const body = hashedBody(
      '<button aria-controls="rest more">Continue reading</button><a href="#rest">Skip</a>' +
        '<a href="https://example.com/#rest">Away</a><label for="rest">x</label><div id="rest" hidden>text</div>',
    );
    const id = body.querySelector('[hidden]')!.getAttribute('id')!;
    const button = body.querySelector('button')!;
    const [skip, away] = [...body.querySelectorAll('a')];
    const label = body.querySelector('label')!;
    expect(button.getAttribute('aria-controls')!.split(' ')[0]).toBe(id);
    expect(button.getAttribute('aria-controls')!.split(' ')).toHaveLength(2);
    expect(skip!.getAttribute('href')).toBe(`#${id}`);
    expect(away!.getAttribute('href')).toBe('https://example.com/#rest');
    expect(label.getAttribute('for')).toBe(id);
  });
});
