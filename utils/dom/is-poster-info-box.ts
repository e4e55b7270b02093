import { textWithin } from './text-within';

/**
 * A forum post's poster box, as forum engines print it beside or over each post, the story's own first post
 * included when a news site runs its stories as threads: the poster's name and rank over their member stats
 * (vBulletin's postbit "Join Date: Mar 2006" / "Posts: 14,822", XenForo 1's "Joined: …" / "Messages: …", phpBB's
 * "Posts: …" / "Joined: …", SMF's and IPB's "Posts: …" / "Member since …"). The poster's card, not the post.
 */

/** Blocks a poster box is set in: a table cell (vBulletin 3's postbit), a box, a definition list. */
const BOX_TAGS = new Set(['TD', 'DIV', 'DL', 'ASIDE', 'SECTION']);
/** A poster box is a name, a rank and a handful of stats: more text than this (characters, spaces not counted). */
const MAX_BOX_CHARS = 300;
/** The post count, labelled as the engines label it: "Posts: 14,822", "Messages: 3,120", "Beiträge: 512". */
const POST_COUNT = /(?:posts|messages|beiträge|mensajes|messaggi)\s*:\s*\d/iu;
/**
 * When the poster joined, labelled: "Join Date: Mar 2006", "Joined: Aug 12, 2011", "Registered: …", "Member since …".
 */
const JOINED =
  /(?:join(?:ed)?(?: date)?|registered|member since|dabei seit|registriert|inscrit le|inscrito|registrato)\s*:?\s*[\p{L}\p{N}]/iu;
/** A poster box holds no prose: a sentence's end after a lower-case word is a post's or a story's. */
const SENTENCE = /\p{Ll}{2}[.!?](?:\s|$)/u;

/**
 * True for a short block holding both a labelled post count and when the poster joined, and no sentence: a forum
 * post's poster box. A story's paragraph that mentions a forum's posts has sentences; a fact box about a club
 * ("Members: 1,200", "Founded: 1998") has neither label pair.
 */
export function isPosterInfoBox(element: Element): boolean {
  if (!BOX_TAGS.has(element.tagName.toUpperCase())) return false;
  const text = textWithin(element, MAX_BOX_CHARS);
  if (text === undefined) return false;
  return POST_COUNT.test(text) && JOINED.test(text) && !SENTENCE.test(text);
}
