import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { composeShadowRoots } from '../../../utils/dom/compose-shadow-roots';
import { pairNodes } from '../../../utils/dom/pair-nodes';
import { readPage } from '../../../utils/dom/read-page';

/** The text nodes under `root` outside any `<template>`, joined by spaces. */
function shownText(root: Node): string {
  if (root.nodeType === 3) return (root.textContent ?? '').trim();
  if ((root as Element).tagName === 'TEMPLATE') return '';
  return [...root.childNodes]
    .map(shownText)
    .filter((text) => text.length > 0)
    .join(' ');
}

/** The body text of a paired clone of `html` after `composeShadowRoots`, whitespace squeezed, and the pairs. */
function composed(html: string): { text: string; body: Element; pairs: Map<Node, Node>; doc: Document } {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const clone = doc.cloneNode(true) as Document;
  const pairs = pairNodes(doc, clone);
  composeShadowRoots(doc, clone, pairs);
  return { text: shownText(clone.body), body: clone.body, pairs, doc };
}

const PROSE =
  'The harbour office said on Friday that the ferry to the north quay would run again from Monday, after a winter refit.';

describe('composeShadowRoots', () => {
  it('should put a declarative shadow root in place of its host’s children, slots filled by name', () => {
    const { text } = composed(
      '<x-figure><template shadowrootmode="open"><figure><slot name="media"></slot>' +
        '<figcaption><slot name="caption"></slot></figcaption></figure></template>' +
        '<img slot="media" src="a.jpg"><span slot="caption">A caption</span></x-figure>',
    );
    expect(text).toBe('A caption');
  });

  it('should fill the unnamed slot with the children that name no slot, and drop children no slot takes', () => {
    const { text } = composed(
      '<x-page><template shadowrootmode="open"><header>Top</header><main><slot></slot></main></template>' +
        `<p>${PROSE}</p><span slot="nowhere">Unseen</span></x-page>`,
    );
    expect(text).toBe(`Top ${PROSE}`);
  });

  it('should show a slot’s fallback content when nothing is assigned to it', () => {
    const { text } = composed(
      '<x-card><template shadowrootmode="open"><slot name="title">Untitled</slot></template></x-card>',
    );
    expect(text).toBe('Untitled');
  });

  it('should compose nested roots, and the legacy shadowroot attribute', () => {
    const { text } = composed(
      '<x-outer><template shadowrootmode="open"><x-rich><template shadowroot="open"><p>' +
        PROSE +
        '</p></template></x-rich><slot></slot></template><em>light</em></x-outer>',
    );
    expect(text).toBe(`${PROSE} light`);
  });

  it('should keep each composed node paired with the page node it copies', () => {
    const { body, pairs, doc } = composed(
      `<x-rich><template shadowrootmode="open"><p>${PROSE}</p></template></x-rich>`,
    );
    const copy = body.querySelector('p');
    expect(copy).not.toBeNull();
    expect(pairs.get(copy as Node)).toBe(doc.querySelector('x-rich template')?.firstChild);
  });

  it('should leave a plain <template> (no shadow root mode) unshown, and its host’s children as they are', () => {
    const { text } = composed(`<div><template><p>Later</p></template><p>${PROSE}</p></div>`);
    expect(text).toBe(PROSE);
  });

  it('should let the page reader read a story a rich-text component renders in its shadow root', () => {
    const story = [1, 2, 3, 4].map((n) => `<p>${n}. ${PROSE}</p>`).join('');
    const doc = parseHTML(
      `<html><head><title>Ferry returns</title></head><body><main><h1>Ferry returns</h1>` +
        `<x-rich-text><template shadowrootmode="open"><div class="body">${story}</div></template></x-rich-text>` +
        '</main></body></html>',
    ).document as unknown as Document;
    const { text } = readPage(doc);
    expect(text).toContain(`4. ${PROSE}`);
    // The page itself is not changed.
    expect(doc.querySelector('template')).not.toBeNull();
  });
});
