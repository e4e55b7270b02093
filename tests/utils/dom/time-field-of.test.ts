import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { inOtherTimes } from '../../../utils/dom/time-field-of';

/** The page's text nodes in order, with the element holding them all (the line). */
function textsOf(html: string): { texts: Text[]; line: Element } {
  const { document } = parseHTML(`<html><body><div>${html}</div></body></html>`);
  const line = document.querySelector('div') as unknown as Element;
  const texts: Text[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) texts.push(node as Text);
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(line);
  return { texts, line };
}

describe('inOtherTimes', () => {
  it('should tell two dates of one stamp apart when one is in the permalink', () => {
    const { texts, line } = textsOf(
      '<a href="/p/"><time class="entry-date">November 19, 2026</time></a><time class="updated">November 19, 2026</time>',
    );
    expect(inOtherTimes(texts[0] as Text, texts[1] as Text, line)).toBe(true);
  });

  it.each([
    ['two parts of one time', '<time><span>November 28,</span><span> 2026</span></time>'],
    ['a date and a name', '<time>November 19, 2026</time><a href="/a/">Dana Greer</a>'],
    ['two names', '<a href="/a/">Dana</a><b>Greer</b>'],
  ])('should not split %s', (_case, html) => {
    const { texts, line } = textsOf(html);
    expect(inOtherTimes(texts[0] as Text, texts[1] as Text, line)).toBe(false);
  });
});
