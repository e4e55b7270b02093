/**
 * The fallback blockquotes of embedded social posts, by the class names the networks' own embed codes give them (the
 * same on every site): X's `twitter-tweet`, Instagram's `instagram-media`, Bluesky's `bluesky-embed`, Facebook's
 * `fb-xfbml-parse-ignore`, TikTok's `tiktok-embed`, Threads' `text-post-media`, Mastodon's `mastodon-embed` and
 * Reddit's `reddit-embed-bq`.
 */
const POST_EMBEDS =
  'blockquote.twitter-tweet, blockquote.instagram-media, blockquote.bluesky-embed, blockquote.fb-xfbml-parse-ignore, blockquote.tiktok-embed, blockquote.text-post-media, blockquote.mastodon-embed, blockquote.reddit-embed-bq';
/** Tags a wrapper may hold beside the post: the network's script and its no-script fallback. */
const BESIDE_POST = new Set(['SCRIPT', 'NOSCRIPT', 'STYLE']);
/** How many wrappers above a post are taken off (`div.embed > div.fb-post > blockquote`). */
const MAX_WRAPPERS = 3;

/** The `<div>` `element` is the only content of (beside scripts, with no text of its own), if any. */
function loneDivWrapper(element: Element): Element | undefined {
  const parent = element.parentElement;
  if (!parent || parent.tagName.toUpperCase() !== 'DIV') return undefined;
  for (const node of parent.childNodes) {
    if (node === element) continue;
    if (node.nodeType === 3 && (node.textContent ?? '').trim() !== '') return undefined;
    if (node.nodeType === 1 && !BESIDE_POST.has((node as Element).tagName.toUpperCase())) return undefined;
  }
  return parent;
}

/**
 * Takes the `<div>`s that only wrap an embedded post's blockquote off it in the copy Readability reads, when the post
 * prints its text (a `<p>` inside). Readability's conditional cleaning drops a `<div>` whose links pass a fifth of its
 * text, and a short post with its "A post shared by …" link does; a blockquote it leaves alone. The post's text is the
 * story's, as the Dragnet reference keeps it; its chrome lines go by the line rules. A post without its text (an
 * Instagram embed with the script off holds only its links) is left as it is.
 */
export function unwrapPostEmbeds(doc: Document): void {
  for (const post of [...doc.querySelectorAll(POST_EMBEDS)]) {
    if (!post.querySelector('p')?.textContent?.trim()) continue;
    for (let depth = 0, wrapper = loneDivWrapper(post); wrapper && depth < MAX_WRAPPERS; depth++) {
      const above = loneDivWrapper(wrapper);
      wrapper.replaceWith(...wrapper.childNodes);
      wrapper = above;
    }
  }
}
