import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isClosingCallToAction } from '../../../utils/dom/is-closing-call-to-action';

const PARAGRAPHS =
  '<p>Supplies are a hospital’s second-largest cost.</p><p>Par levels are rarely revised.</p><p>Stockouts fell by half.</p>';

/** The element marked `data-probe` in a small page. */
const probeOf = (html: string): Element => {
  const doc = parseHTML(`<html><body><div>${html}</div></body></html>`).document as unknown as Document;
  const element = doc.querySelector('[data-probe]');
  if (!element) throw new Error('no probe');
  return element;
};

describe('isClosingCallToAction', () => {
  it.each([
    [
      'a BrandVoice closing line linking to the sponsor',
      `${PARAGRAPHS}<p data-probe><em>Learn how Keswick helps health systems at <a href="https://keswick.example/h">keswick.example/h</a>.</em></p>`,
    ],
    [
      'a Guardian Labs closing line',
      `${PARAGRAPHS}<p data-probe><em>Find out whether your home qualifies under <a href="https://acme.example/w">Acme’s Warmer Homes program</a></em></p><div class="ad"></div>`,
    ],
    [
      'an italic span with a booking link',
      `${PARAGRAPHS}<p data-probe><span style="font-style: italic">Book a free hearing check at <a href="https://k.example/book">Kinross Hearing</a>.</span></p>`,
    ],
  ])('should read %s as furniture', (_case, html) => {
    expect(isClosingCallToAction(probeOf(html))).toBe(true);
  });

  it.each([
    [
      'a closing line in plain type',
      `${PARAGRAPHS}<p data-probe>Learn more about the program at <a href="https://acme.example/w">acme.example</a>.</p>`,
    ],
    [
      'an italic closing line with no link',
      `${PARAGRAPHS}<p data-probe><em>Visit the exhibition before it closes in May.</em></p>`,
    ],
    [
      'an italic line with the story going on after it',
      `${PARAGRAPHS}<p data-probe><em>Find out more at <a href="https://acme.example">acme.example</a>.</em></p><p>The mayor disagreed.</p>`,
    ],
    [
      'an italic line at the top of the piece',
      `<p>One.</p><p data-probe><em>Learn how we reported this story at <a href="/how">our methods page</a>.</em></p><p>Two.</p>`,
    ],
    [
      'an italic closing line that does not address the reader',
      `${PARAGRAPHS}<p data-probe><em>Ann Lee reported from <a href="/t">Millbrook</a>.</em></p>`,
    ],
    [
      'an italic closing paragraph of story length',
      `${PARAGRAPHS}<p data-probe><em>Visit any ward at <a href="/w">Bellmore</a> on a winter night and the supply rooms tell the story of a hospital under strain: gloves stacked to the ceiling in one corner, no IV start kits in another, and a technician with a clipboard trying to make the two add up before the morning shift arrives and the counting starts all over again.</em></p>`,
    ],
  ])('should keep %s', (_case, html) => {
    expect(isClosingCallToAction(probeOf(html))).toBe(false);
  });
});
