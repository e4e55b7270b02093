import { isOwnAddress } from './page-address-test';

/**
 * A same-page link to the comment section: `#comments`, `#comments-area`, `#commentaires`, `#disqus_thread`,
 * WordPress's `#respond`, a forum under the story (`#story-community`, `#forum`, `#postings`, as Austrian and Swiss
 * papers call their comment sections), a comment platform's mount (`#coral_thread`, `#spotim-conversation`). Read from
 * the address, which stays when class names are hashes. Many templates (Publisher, JNews, Newspaper) write the
 * page's full address before the fragment: that is the same link when the address is the page's own.
 */
const COMMENTS_FRAGMENT =
  /^#[\w-]*(?:comment|kommentar|comentario|disqus|coral|respond|conversation|discussion|community|forum|posting)[\w-]*$/i;
/**
 * The link's own words are a count or a call ("Comments 14", "Join the conversation"): a few words, never a paragraph.
 */
const MAX_LINK_CHARS = 60;
/**
 * Text beside the link that is only spacing or separators ("|", "·") leaves the link on a tool row, not in a sentence.
 */
const NO_WORDS = /^[^\p{L}\p{N}]*$/u;

/**
 * True for a link to the page's own comment section standing on its own (a tool row's "Comments 14", a header's "Join
 * the conversation"): a count or a prompt, no part of the story. A link in a sentence ("as readers said in the
 * comments") is prose and stays.
 */
export function isCommentsLink(element: Element): boolean {
  if (element.tagName.toUpperCase() !== 'A') return false;
  const href = (element.getAttribute('href') ?? '').trim();
  const hash = href.indexOf('#');
  if (hash < 0 || !COMMENTS_FRAGMENT.test(href.slice(hash))) return false;
  if ((element.textContent ?? '').trim().length > MAX_LINK_CHARS) return false;
  const parent = element.parentElement;
  for (let node = parent?.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 && !NO_WORDS.test(node.textContent ?? '')) return false;
  }
  // Last, as it reads the page's own addresses (a query of the page each): only for a link the tests above keep.
  return hash === 0 || isOwnAddress(element.ownerDocument, href.slice(0, hash));
}
