import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isolateStoryDialog } from '../../../utils/dom/isolate-story-dialog';

const PROSE =
  'The council voted on Tuesday to keep the old pool open for another summer while it looks for money to repair it.';
const story = `<p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p>`;

describe('isolateStoryDialog', () => {
  it('should leave the open story dialog alone on the page, without its dialog role', () => {
    const { document } = parseHTML(
      `<html><body><nav>Home News</nav><main><h1>News</h1><p>Cards</p></main>` +
        `<div class="wrap"><aside>Other</aside><div id="m1" role="dialog" aria-modal="true"><h5>Pool stays open for another summer</h5>${story}</div></div>` +
        `<footer>Footer</footer></body></html>`,
    );
    isolateStoryDialog(document as unknown as Document);
    const dialog = document.getElementById('m1');
    expect(dialog?.hasAttribute('role')).toBe(false);
    expect(dialog?.hasAttribute('aria-modal')).toBe(false);
    expect(document.querySelector('nav, main, aside, footer')).toBeNull();
    expect(document.body.textContent).toContain('Pool stays open');
  });

  it('should change nothing on a page without one', () => {
    const html = `<html><body><main><h1>News</h1>${story}</main><div id="m1" role="dialog" aria-modal="true"><h2>Sign in to continue</h2><p>Enter your email.</p></div></body></html>`;
    const { document } = parseHTML(html);
    isolateStoryDialog(document as unknown as Document);
    expect(document.querySelector('main')).not.toBeNull();
    expect(document.getElementById('m1')?.getAttribute('role')).toBe('dialog');
  });
});
