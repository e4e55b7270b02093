import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cloneRegion } from '../../../utils/dom/read-clone';
import { widenLiveStream } from '../../../utils/dom/widen-live-stream';

const POSTS = [
  [
    'Crews from six states arrive as outages top 300,000.',
    'Convoys of bucket trucks rolled into a staging area at the fairgrounds on Saturday evening, bringing about 1,400 line workers from six states.',
    'The utility said the crews would start in the morning, once the worst of the overnight ice had passed, and would work first on hospitals.',
  ],
  [
    'Warming centers open in Toledo and Sandusky.',
    'Toledo opened four recreation centers as warming shelters on Saturday afternoon, and Sandusky turned its main library into one.',
    'City officials said the shelters would stay open overnight and had cots, blankets and outlets for charging phones and medical devices.',
  ],
  [
    'Dozens of crashes close lanes on the turnpike.',
    'State troopers said they had responded to at least 38 crashes on the turnpike since dawn, most of them cars sliding off the road on overpasses.',
    'No deaths had been reported, the patrol said, but two eastbound lanes were closed for several hours after a tractor-trailer jackknifed.',
  ],
];

/** A post in hashed class names, as a CSS-in-JS build serves it: stamp, headline, byline, then its paragraphs. */
const post = ([title, ...paragraphs]: readonly string[]): string =>
  `<article class="css-3b7mks"><div class="css-1lky6wd"><time>5:41 p.m. ET</time></div><h2 class="css-1h2xbyo">${title}</h2>` +
  `<div class="css-1e1s8k7"><div class="css-53u6y8">${paragraphs.map((text) => `<p class="css-at9mc1">${text}</p>`).join('')}</div></div></article>`;

const LIVE = '{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Ice storm live updates"}';
const NEWS = '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ice storm live updates"}';

/** A page with `posts` in one stream under the headline, declaring `jsonLd`. */
function page(posts: readonly (readonly string[])[], jsonLd = LIVE): Document {
  const html = `<html><head><script type="application/ld+json">${jsonLd}</script></head><body><main><h1>Ice storm live updates</h1>
    <div class="css-1vhk1ks">${posts.map(post).join('')}</div></main></body></html>`;
  return parseHTML(html).document as unknown as Document;
}

/** What `widenLiveStream` reads when Readability kept only the first post's paragraphs (in a wrapper of its own). */
function widenedFromFirstPost(doc: Document): string {
  const box = doc.querySelector('.css-53u6y8');
  if (!box?.parentElement) throw new Error('no post');
  return (
    widenLiveStream(doc, cloneRegion(doc, box.parentElement, [], undefined), [], undefined).content?.textContent ?? ''
  );
}

describe('widenLiveStream', () => {
  it('should read every post of the stream on a declared live page', () => {
    const text = widenedFromFirstPost(page(POSTS));
    expect(text).toContain(POSTS[1]?.[1]);
    expect(text).toContain(POSTS[2]?.[2]);
    expect(text).toContain(POSTS[0]?.[1]);
  });

  it('should keep to the one block on a page that does not declare a live blog', () => {
    expect(widenedFromFirstPost(page(POSTS, NEWS))).not.toContain(POSTS[1]?.[1]);
  });

  it('should keep to the one block when the blocks of its shape are fewer than a stream', () => {
    expect(widenedFromFirstPost(page(POSTS.slice(0, 2)))).not.toContain(POSTS[1]?.[1]);
  });

  it('should give back a reading that already holds more than one post', () => {
    const doc = page(POSTS);
    const stream = doc.querySelector('.css-1vhk1ks');
    if (!stream) throw new Error('no stream');
    const reading = cloneRegion(doc, stream, [], undefined);
    expect(widenLiveStream(doc, reading, [], undefined)).toBe(reading);
  });
});
