import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isElsewhereLine } from '../../../utils/dom/is-elsewhere-line';

/** The text nodes of the page's `#t`, as the header walk gathers one line. */
function lineAt(body: string): Text[] {
  const doc = parseHTML(`<html><body><div>${body}</div></body></html>`).document as unknown as Document;
  const element = doc.getElementById('t');
  if (!element) throw new Error('fixture needs #t');
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(element, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  return texts;
}

describe('isElsewhereLine', () => {
  it.each([
    [
      'a linked banner under the byline',
      '<div id="t"><a href="/tracker"><strong>COVID-19 vaccine tracker:</strong> See the latest numbers for every state</a></div>',
    ],
    [
      'a lead video’s description after its play button',
      '<div><button type="button">Click to play video: ‘Region rolls back’</button></div><p id="t">The region returns to stage 2 on Monday. Ann Lee reports.</p>',
    ],
    [
      'a description after the player’s frame and its title',
      '<iframe src="/player/7"></iframe><span>2:07</span><p id="t">Officials explain the new rules for indoor dining.</p>',
    ],
  ])('should read %s as no dek', (_case, body) => {
    expect(isElsewhereLine(lineAt(body))).toBe(true);
  });

  it.each([
    [
      'a dek under a share row of buttons',
      '<div><button>Share</button><button>Email</button></div><p id="t">The region returns to stage 2 on Monday as admissions climb.</p>',
    ],
    [
      'a dek with one link in it',
      '<p id="t">The region returns to <a href="/stage-2">stage 2</a> on Monday as admissions climb.</p>',
    ],
    ['a dek alone', '<h2 id="t">The region returns to stage 2 on Monday as admissions climb.</h2>'],
    [
      'a dek far below a player',
      '<video src="/v.mp4"></video><p>Byline</p><p>Date</p><p>Share</p><p id="t">The region returns to stage 2.</p>',
    ],
  ])('should keep %s', (_case, body) => {
    expect(isElsewhereLine(lineAt(body))).toBe(false);
  });
});
