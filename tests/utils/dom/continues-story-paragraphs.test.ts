import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { continuesStoryParagraphs } from '../../../utils/dom/continues-story-paragraphs';
import { isCollapsedStoryPart } from '../../../utils/dom/is-collapsed-story-part';

const SHOWN =
  '<p class="css-1a2b">The village had been without a bakery since August, when the last baker retired.</p>' +
  '<p class="css-1a2b">A fund raised by the festival committee has now paid for the oven and the lease.</p>';
const HIDDEN_PROSE =
  '<p class="css-1a2b">The town hall will rent the shop to the couple for a token sum during the first two years.</p>' +
  '<p class="css-1a2b">The bakery reopens on the first of December at half past six in the morning.</p>';

/** The element with id `rest` on a page of the given body. */
function rest(html: string): Element {
  const element = parseHTML(`<html><body>${html}</body></html>`).document.getElementById('rest');
  if (!element) throw new Error('no target');
  return element as unknown as Element;
}

describe('continuesStoryParagraphs', () => {
  it('should take the hidden rest of a story under a bare toggle button, styled as the paragraphs above', () => {
    const element = rest(
      `<section>${SHOWN}<div class="css-9f"><div class="css-8e"></div><button class="css-7d">Lire la suite</button></div>` +
        `<div id="rest" class="css-6c" style="display:none">${HIDDEN_PROSE}</div></section>`,
    );
    expect(continuesStoryParagraphs(element)).toBe(true);
    expect(isCollapsedStoryPart(element)).toBe(true);
    expect(
      continuesStoryParagraphs(
        rest(`<div>${SHOWN}<button>Continue reading</button><div id="rest" hidden>${HIDDEN_PROSE}</div></div>`),
      ),
    ).toBe(true);
  });

  it('should leave a hidden box styled otherwise, without a button before it, or with classless paragraphs', () => {
    // A methodology note in its own style under its button.
    expect(
      isCollapsedStoryPart(
        rest(
          `<div>${SHOWN}<button>How we did this</button><div id="rest" hidden>` +
            `${HIDDEN_PROSE.replaceAll('css-1a2b', 'css-5b')}</div></div>`,
        ),
      ),
    ).toBe(false);
    // No toggle right before it: a paragraph stands between.
    expect(
      isCollapsedStoryPart(
        rest(
          `<div>${SHOWN}<button>Share</button><p class="css-1a2b">More.</p><div id="rest" hidden>${HIDDEN_PROSE}</div></div>`,
        ),
      ),
    ).toBe(false);
    // Paragraphs without a class say nothing of their style.
    const plain = (html: string): string => html.replaceAll(' class="css-1a2b"', '');
    expect(
      isCollapsedStoryPart(
        rest(`<div>${plain(SHOWN)}<button>Read more</button><div id="rest" hidden>${plain(HIDDEN_PROSE)}</div></div>`),
      ),
    ).toBe(false);
    // A box with prose of its own before it is no toggle.
    expect(
      isCollapsedStoryPart(
        rest(
          `<div>${SHOWN}<div><p>Sign up for the morning newsletter and get the news of the county first.</p>` +
            `<button>Sign up</button></div><div id="rest" hidden>${HIDDEN_PROSE}</div></div>`,
        ),
      ),
    ).toBe(false);
  });

  it('should not count a shown element', () => {
    expect(
      isCollapsedStoryPart(
        rest(`<div>${SHOWN}<button>Lire la suite</button><div id="rest">${HIDDEN_PROSE}</div></div>`),
      ),
    ).toBe(false);
  });
});
