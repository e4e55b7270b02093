import { textOf } from './text-of';

/**
 * The fallback blockquotes of embedded social posts, by the class names the networks' own embed codes give them (the
 * same on every site): X's `twitter-tweet`, Instagram's `instagram-media`, Bluesky's `bluesky-embed`, Facebook's
 * `fb-xfbml-parse-ignore`, TikTok's `tiktok-embed`, Threads' `text-post-media`, Mastodon's `mastodon-embed` and
 * Reddit's `reddit-embed-bq`.
 */
const POST_EMBEDS =
  'blockquote.twitter-tweet, blockquote.instagram-media, blockquote.bluesky-embed, blockquote.fb-xfbml-parse-ignore, blockquote.tiktok-embed, blockquote.text-post-media, blockquote.mastodon-embed, blockquote.reddit-embed-bq';
/**
 * A post's own address on the networks whose embed codes link it: X's (`twitter.com/<handle>/status/<id>`, which its
 * code links the post's date to), Facebook's (`facebook.com/<page>/posts/<id>`, the date link and the blockquote's
 * `cite`), Instagram's (`instagram.com/p/<id>`, the "View this post on Instagram" link the code opens on), TikTok's
 * (`tiktok.com/@<handle>/video/<id>`, its `cite`), Threads' and Bluesky's. A blockquote citing it, or opening or ending
 * on a link to it, is the post's fallback even where a CMS's sanitiser or a CSS-in-JS build took its class off.
 */
const POST_PERMALINK =
  /^https?:\/\/(?:(?:www|mobile|m)\.)?(?:(?:twitter|x)\.com\/\w{1,15}\/status(?:es)?\/\d+|facebook\.com\/[\w.-]+\/(?:posts|videos|photos)\/[\w.-]+|instagram\.com\/(?:p|reel|tv)\/[\w-]+|tiktok\.com\/@[\w.-]+\/video\/\d+|threads\.(?:net|com)\/@[\w.-]+\/post\/[\w-]+|bsky\.app\/profile\/[^/\s]+\/post\/\w+)/i;
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

/** The `<div>` that is the only element inside `post`, with no text beside it, if any. */
function loneDivChild(post: Element): Element | undefined {
  const only = post.firstElementChild;
  if (!only || only !== post.lastElementChild || only.tagName.toUpperCase() !== 'DIV') return undefined;
  for (const node of post.childNodes)
    if (node.nodeType === 3 && (node.textContent ?? '').trim() !== '') return undefined;
  return only;
}

/** Whether `quote`'s text opens on `link`'s (a link with text, nothing read before it). */
function opensOn(quote: Element, link: Element): boolean {
  const linkText = textOf(link);
  return linkText !== '' && textOf(quote).startsWith(linkText);
}

/** The embedded posts' blockquotes: named by their network's class, or by the post's own address they cite or link. */
function postBlockquotes(doc: Document): Element[] {
  return [...doc.querySelectorAll('blockquote')].filter((quote) => {
    if (quote.matches(POST_EMBEDS)) return true;
    if (POST_PERMALINK.test(quote.getAttribute('cite') ?? '')) return true;
    const links = quote.querySelectorAll('a[href]');
    const [first] = links;
    if (POST_PERMALINK.test(links[links.length - 1]?.getAttribute('href') ?? '')) return true;
    return !!first && opensOn(quote, first) && POST_PERMALINK.test(first.getAttribute('href') ?? '');
  });
}

/**
 * Takes the `<div>`s that only wrap an embedded post's blockquote off it in the copy Readability reads, when the post
 * prints its text (a `<p>` inside). Readability's conditional cleaning drops a `<div>` whose links pass a fifth of its
 * text, and a short post with its "A post shared by …" link does; a blockquote it leaves alone. The post's text is the
 * story's, as the Dragnet reference keeps it; its chrome lines go by the line rules. A post without its text (an
 * Instagram embed with the script off holds only its links) is left as it is. An X post is known by its class or, class
 * stripped, by the link to the post its fallback ends on.
 */
export function unwrapPostEmbeds(doc: Document): void {
  for (const post of postBlockquotes(doc)) {
    if (!post.querySelector('p')?.textContent?.trim()) continue;
    // Inside the post too: Instagram's code sets its lines in one box (`<div style="padding:16px">`) around the
    // placeholder link and the caption, a link in a `<p>`, which the same cleaning drops with its links. A box with a
    // button is the site's consent placeholder in the post's place ("To view it, you need to accept cookies"): it
    // stays.
    const inner = loneDivChild(post);
    if (inner?.querySelector('p') && !inner.querySelector('button')) inner.replaceWith(...inner.childNodes);
    for (let depth = 0, wrapper = loneDivWrapper(post); wrapper && depth < MAX_WRAPPERS; depth++) {
      const above = loneDivWrapper(wrapper);
      wrapper.replaceWith(...wrapper.childNodes);
      wrapper = above;
    }
  }
}
