// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ensurePageStyle } from '../../../utils/dom/ensure-page-style';

describe('ensurePageStyle', () => {
  it('should add the style once per id, in the head', () => {
    const doc = document.implementation.createHTMLDocument('t');
    ensurePageStyle(doc, 'sl-test', 'b { color: red; }');
    ensurePageStyle(doc, 'sl-test', 'b { color: blue; }');
    const styles = doc.head.querySelectorAll('style#sl-test');
    expect(styles).toHaveLength(1);
    expect(styles[0]?.textContent).toBe('b { color: red; }');
  });

  it('should keep styles with different ids apart', () => {
    const doc = document.implementation.createHTMLDocument('t');
    ensurePageStyle(doc, 'a', 'a {}');
    ensurePageStyle(doc, 'b', 'b {}');
    expect(doc.head.querySelectorAll('style')).toHaveLength(2);
  });
});
