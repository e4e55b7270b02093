import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { seenSibling } from '../../../utils/dom/seen-sibling';

/** The id of the sibling `seenSibling` finds from `#start`. */
function siblingId(body: string, direction: 'before' | 'after'): string | undefined {
  const doc = parseHTML(`<html><body><div>${body}</div></body></html>`).document as unknown as Document;
  const start = doc.getElementById('start');
  if (!start) throw new Error('fixture needs #start');
  return seenSibling(start, direction)?.id;
}

describe('seenSibling', () => {
  it('should step back past a frame’s noscript fallback and script', () => {
    expect(
      siblingId('<iframe id="f"></iframe><noscript><img></noscript><script></script><p id="start">S</p>', 'before'),
    ).toBe('f');
  });

  it('should step forward past a noscript to the frame', () => {
    expect(siblingId('<h3 id="start">T</h3><noscript><img></noscript><iframe id="f"></iframe>', 'after')).toBe('f');
  });

  it('should stop at the first element a reader sees', () => {
    expect(siblingId('<p id="p">A</p><p id="start">B</p>', 'before')).toBe('p');
    expect(siblingId('<p id="start">B</p>', 'after')).toBeUndefined();
  });
});
