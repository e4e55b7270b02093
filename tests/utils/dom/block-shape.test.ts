import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockShape } from '../../../utils/dom/block-shape';

describe('blockShape', () => {
  it('should give blocks of one tag and class list one shape, and others another', () => {
    const { document } = parseHTML(
      '<html><body><article class="post live">a</article><article class="post live">b</article>' +
        '<article class="post">c</article><div class="post live">d</div><div>e</div></body></html>',
    );
    const [one, two, fewer, div, bare] = [...document.body.children].map((element) => blockShape(element as Element));
    expect(one).toBe(two);
    expect(new Set([one, fewer, div, bare]).size).toBe(4);
    expect(bare).toBe('DIV ');
  });
});
