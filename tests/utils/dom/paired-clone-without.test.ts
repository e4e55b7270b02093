import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pairNodes } from '../../../utils/dom/pair-nodes';
import { pairedCloneWithout } from '../../../utils/dom/paired-clone-without';

const PAGE =
  '<!doctype html><html><head><title>Harbour news</title></head><body><main><article><h1>Ferry runs again</h1>' +
  '<p>The harbour office said the ferry would run again from Monday.</p></article>' +
  '<section id="comments"><div class="comment"><p>First!</p></div> <div class="comment"><p>Good news.</p>' +
  '<div class="comment"><p>A reply.</p></div></div><p class="count">2 comments</p></section></main></body></html>';

const load = (html: string): Document => parseHTML(html).document as unknown as Document;

/** The clone the reader made before: a deep clone paired node by node, the skipped nodes' copies then removed. */
function deepCloneWithout(doc: Document, skipped: ReadonlySet<Node>): { clone: Document; pairs: Map<Node, Node> } {
  const clone = doc.cloneNode(true) as Document;
  const pairs = pairNodes(doc, clone);
  for (const [copy, original] of [...pairs]) {
    if (!skipped.has(original)) continue;
    (copy as ChildNode).remove();
  }
  return { clone, pairs };
}

/** Every node of `root`'s tree in document order. */
function nodesOf(root: Node): Node[] {
  return [root, ...[...root.childNodes].flatMap(nodesOf)];
}

describe('pairedCloneWithout', () => {
  it.each([
    ['the top-level comments', '#comments > .comment'],
    ['nested comments too', '.comment'],
    ['the whole comment section', '#comments'],
    ['nothing', 'nothing-matches'],
  ])('should give the deep clone with the skipped copies removed, for %s', (_name, selector) => {
    const doc = load(PAGE);
    const skipped = new Set<Node>(doc.querySelectorAll(selector));
    const { clone, pairs } = pairedCloneWithout(doc, skipped);
    const page = load(PAGE);
    const expected = deepCloneWithout(page, new Set<Node>(page.querySelectorAll(selector)));
    expect(clone.toString()).toBe(expected.clone.toString());
    // Every kept copy is paired with the page node it copies, and nothing else is paired.
    const kept = nodesOf(clone);
    expect(kept.map((copy) => pairs.get(copy))).toEqual(nodesOf(doc).filter((node) => !isUnder(node, skipped)));
    expect(pairs.size).toBe(kept.length);
  });

  it('should copy into the clone, not the page (a copied image loads nothing)', () => {
    const doc = load(PAGE);
    const { clone } = pairedCloneWithout(doc, new Set(doc.querySelectorAll('.comment')));
    expect(clone).not.toBe(doc);
    // Elements: linkedom leaves an imported text node's owner as it was (browsers do not), and text loads nothing.
    const elements = nodesOf(clone.documentElement).filter((node) => node.nodeType === 1);
    expect(elements.every((element) => element.ownerDocument === clone)).toBe(true);
  });

  it('should leave the page as it was', () => {
    const doc = load(PAGE);
    const before = doc.toString();
    pairedCloneWithout(doc, new Set(doc.querySelectorAll('.comment')));
    expect(doc.toString()).toBe(before);
  });
});

/** True when `node` or one of its ancestors is in `skipped`. */
function isUnder(node: Node, skipped: ReadonlySet<Node>): boolean {
  for (let at: Node | null = node; at; at = at.parentNode) if (skipped.has(at)) return true;
  return false;
}
