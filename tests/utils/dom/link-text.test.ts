import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { countLinkText, linkShare } from '../../../utils/dom/link-text';

const elementOf = (html: string): Element =>
  parseHTML(`<html><body>${html}</body></html>`).document.body.firstElementChild as unknown as Element;

describe('countLinkText', () => {
  it('should count characters without spaces, and those inside links', () => {
    const element = elementOf('<p>Read <a href="/a">the full story</a> here.</p>');
    expect(countLinkText(element)).toEqual({ chars: 'Readthefullstoryhere.'.length, linkChars: 12 });
  });

  it('should not let indentation and line breaks weigh', () => {
    const tight = elementOf('<ul><li><a href="/a">One</a></li><li>Two</li></ul>');
    const indented = elementOf('<ul>\n    <li>\n      <a href="/a">One</a>\n    </li>\n    <li>  Two  </li>\n</ul>');
    expect(countLinkText(indented)).toEqual(countLinkText(tight));
  });

  it('should count text inside a link nested in a link once', () => {
    const outer = elementOf('<div><a href="/a">Outer</a></div>');
    const inner = outer.ownerDocument.createElement('a');
    inner.textContent = 'Inner';
    outer.querySelector('a')?.appendChild(inner);
    expect(countLinkText(outer)).toEqual({ chars: 10, linkChars: 10 });
  });

  it('should leave out the part it is told to, in both counts', () => {
    const box = elementOf('<div><h3>Read more</h3><a href="/a">Story one</a> and prose</div>');
    const label = box.querySelector('h3') ?? undefined;
    expect(countLinkText(box, label)).toEqual({ chars: 'Storyoneandprose'.length, linkChars: 8 });
  });

  it('should count the text of an element marked `role="link"` as link text', () => {
    const card = elementOf(
      '<div><div role="link" tabindex="0"><div>Read also</div><div>Ferry crews vote</div></div></div>',
    );
    expect(countLinkText(card)).toEqual({ chars: 22, linkChars: 22 });
  });

  it('should count nothing for no element', () => {
    expect(countLinkText(undefined)).toEqual({ chars: 0, linkChars: 0 });
  });
});

describe('linkShare', () => {
  it.each([
    ['<p><a href="/a">All link</a></p>', 1],
    ['<p>No link at all</p>', 0],
    ['<p>Half <a href="/a">link</a></p>', 0.5],
    ['<p>   </p>', 0],
  ])('should give %s a share of %d', (html, share) => {
    expect(linkShare(elementOf(html))).toBe(share);
  });
});
