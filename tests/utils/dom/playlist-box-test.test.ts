import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { playlistBoxTest } from '../../../utils/dom/playlist-box-test';

/** The element marked `data-probe` in a story fragment, and whether it is a player box with its playlist. */
const probe = (html: string): boolean => {
  const doc = parseHTML(`<html><body><article>${html}</article></body></html>`).document as unknown as Document;
  const element = doc.querySelector('[data-probe]');
  if (!element) throw new Error('no probe');
  return playlistBoxTest(doc)(element);
};

const STORY = '<p>The council voted to close the bridge for repairs, and the work is to start in March.</p>';

describe('playlistBoxTest', () => {
  it.each([
    [
      'an outstream player with its title and an "Up Next" playlist of timed clips',
      `${STORY}<div data-probe><div><div><video></video></div><div>Crews clear the flooded road</div><div><div>Up Next</div><ul><li><span>Storm knocks out power to 3,000 homes</span><span>1:48</span></li><li><span>How to keep pets cool in a heat wave</span><span>2:31</span></li></ul></div></div><div>Powered by Connatix</div></div>${STORY}`,
    ],
    [
      'a docked player headed by the site\'s "Top Videos", names hashed, with a close control',
      `${STORY}<div data-probe class="c1"><div class="c2"><span class="c3">Newsline Top Videos</span></div><div class="c4"><video></video><div class="c5">Glaciers expose ancient forests</div></div><div class="c6"><div>Why lakes are shrinking</div><div>Seeds sprout after 2,000 years</div></div><div role="button">Close</div></div>${STORY}`,
    ],
    [
      "a player rendered without its <video>, its related shelf showing running times, and the clip's description",
      `${STORY}<div data-probe><div><div>Water main break floods street</div><div><div>Up Next</div><div><span>Council approves road budget</span><span>1:52</span></div><div><span>Residents worry about old pipes</span><span>2:10</span></div></div></div><div>0:46 Water main break floods street</div><div>Crews work to repair the break on Tuesday.</div></div>${STORY}`,
    ],
    [
      'a YouTube frame with a "More videos" list beside it',
      `${STORY}<section data-probe><iframe src="https://www.youtube.com/embed/abc"></iframe><h4>More videos</h4><ul><li>Bridge repairs explained</li><li>Ferry times change</li></ul></section>${STORY}`,
    ],
  ])('should read %s as a playlist box', (_case, html) => {
    expect(probe(html)).toBe(true);
  });

  it.each([
    [
      'the story block around a player and its playlist (it holds paragraphs)',
      `<div data-probe>${STORY}<div><video></video><div>Up Next</div><div>Storm knocks out power</div></div>${STORY}</div>`,
    ],
    [
      'an "Up next" teaser of the next story, with no player',
      `${STORY}<div data-probe><div>Up next</div><h3><a href="/next">Ferry fares rise in April</a></h3></div>${STORY}`,
    ],
    [
      'a story subheading "Up next" over a schedule with one time in it',
      `${STORY}<div data-probe><h3>Up next</h3><ul><li>Council vote on the bridge</li><li>Starts 7:30</li></ul></div>${STORY}`,
    ],
    [
      'a video embed with no playlist label (a caption under it is read by isPlayerBox)',
      `${STORY}<div data-probe><video></video><div>Crews clear the flooded road</div><div>1:48</div><div>2:31</div></div>${STORY}`,
    ],
    [
      'a long block of story lines set as divs around a player and its label',
      `<div data-probe>${'<div>The council voted to close the bridge for repairs, and the work is to start in March.</div>'.repeat(12)}<div><video></video><div>Up Next</div></div></div>`,
    ],
  ])('should not read %s as a playlist box', (_case, html) => {
    expect(probe(html)).toBe(false);
  });
});
