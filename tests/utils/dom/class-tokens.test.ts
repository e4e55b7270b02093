import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { classTokens } from '../../../utils/dom/class-tokens';

describe('classTokens', () => {
  it('should give the class list in order without empty tokens, and nothing for no class', () => {
    const { document } = parseHTML(
      '<html><body><div class="  nb-panel   widget\twidget_text "></div><p></p></body></html>',
    );
    const [div, p] = [...document.body.children] as Element[];
    if (!div || !p) throw new Error('no elements');
    expect(classTokens(div)).toEqual(['nb-panel', 'widget', 'widget_text']);
    expect(classTokens(p)).toEqual([]);
  });
});
