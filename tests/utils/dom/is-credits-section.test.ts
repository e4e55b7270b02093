import { describe, expect, it } from 'vitest';
import { isCreditsSection } from '../../../utils/dom/is-credits-section';
import { elementOf } from './element-of';

/** `isCreditsSection` for each block of the page's `#s`. */
function blocksOf(body: string): boolean[] {
  const section = elementOf(`<main>${body}</main>`).querySelector('#s');
  if (!section) throw new Error('fixture needs #s');
  return [...section.children].map(isCreditsSection);
}

describe('isCreditsSection', () => {
  it('should read a graphics story’s closing Sources, "Additional work by" and "Edited by" blocks as credits', () => {
    expect(
      blocksOf(
        '<section id="s"><h3>Sources</h3><p>Basin authority; European Space Agency</p><h3>Additional work by</h3>' +
          '<p>Tomasz Rybczyk and Ines Valbuena</p><h3>Edited by</h3><p>Harriet Mbeki</p></section>',
      ),
    ).toEqual([true, true, true, true, true, true]);
  });

  it('should read "Graphics by" and "Design and development by" over names as credits', () => {
    expect(
      blocksOf('<div id="s"><h4>Graphics by</h4><p>Ann Lee</p><h4>Design and development by</h4><p>Bo Chen</p></div>'),
    ).toEqual([true, true, true, true]);
  });

  it.each([
    [
      'a "Sources" list alone (the sources list’s own test)',
      '<section id="s"><h3>Sources</h3><p>Basin authority; European Space Agency</p></section>',
    ],
    [
      'a story section under a subheading that ends the block',
      '<section id="s"><h2>Seen from space</h2><p>The lake shrank by two-thirds, the images show.</p></section>',
    ],
    [
      'credits followed by a story subheading and prose',
      '<section id="s"><h3>Edited by</h3><p>Ann Lee</p><h2>What comes next</h2><p>The council meets on Monday.</p></section>',
    ],
    [
      'a heading ending on "by" that is no credit',
      '<section id="s"><h3>Standing by</h3><p>Crews waited at the dam.</p></section>',
    ],
  ])('should keep %s', (_case, body) => {
    expect(blocksOf(body).every((credit) => !credit)).toBe(true);
  });
});
