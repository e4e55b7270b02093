import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readUnchanging, unchangingCache, whileMutating } from '../../../utils/dom/unchanging-reads';

const objectKey = (): object => ({});

describe('unchangingCache', () => {
  it('should give no cache outside a reading scope', () => {
    const cache = unchangingCache<object, number>();
    expect(cache()).toBeUndefined();
  });

  it('should keep what was set for the rest of the scope', () => {
    const cache = unchangingCache<object, number>();
    const key = objectKey();
    readUnchanging(() => {
      cache()?.set(key, 1);
      expect(cache()?.get(key)).toBe(1);
    });
  });

  it('should forget everything when a scope ends, so the next scope starts empty', () => {
    const cache = unchangingCache<object, number>();
    const key = objectKey();
    readUnchanging(() => cache()?.set(key, 1));
    readUnchanging(() => expect(cache()?.has(key)).toBe(false));
  });

  it('should give no cache while mutating, and forget what was kept before', () => {
    const cache = unchangingCache<object, number>();
    const key = objectKey();
    readUnchanging(() => {
      cache()?.set(key, 1);
      whileMutating(() => expect(cache()).toBeUndefined());
      expect(cache()?.has(key)).toBe(false);
    });
  });

  it('should close its scopes when the work throws', () => {
    const cache = unchangingCache<object, number>();
    expect(() =>
      readUnchanging(() =>
        whileMutating(() => {
          throw new Error('odd page');
        }),
      ),
    ).toThrow('odd page');
    expect(cache()).toBeUndefined();
  });

  it('should give the result of the work', () => {
    expect(readUnchanging(() => whileMutating(() => 'read'))).toBe('read');
  });

  it('should not see a DOM edit made inside whileMutating through a read kept before it', () => {
    const doc = parseHTML('<html><body><p>One</p></body></html>').document as unknown as Document;
    const cache = unchangingCache<Node, string>();
    const read = (node: Node): string => {
      const kept = cache()?.get(node);
      if (kept !== undefined) return kept;
      const text = node.textContent ?? '';
      cache()?.set(node, text);
      return text;
    };
    readUnchanging(() => {
      expect(read(doc.body)).toBe('One');
      whileMutating(() => doc.body.append('Two'));
      expect(read(doc.body)).toBe('OneTwo');
    });
  });
});
