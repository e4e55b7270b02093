/**
 * A writer's pointer to their own profile on a social network, closing a post with the profile's address: "Follow
 * Ruth Lee on Twitter: www.twitter.com/ruthlee", "Follow me on Instagram: instagram.com/annlee", "Connect with Ann Lee
 * on LinkedIn: https://www.linkedin.com/in/annlee". The Huffington Post's contributor template appended the first form
 * to every blog post (2010-2018, still served on its archived contributor pages), and contributor networks and
 * personal blogs copy it. A note about the writer, not the story's text. The line must end on the profile's address
 * (or handle) after a colon: a story's "Follow Ann Lee on Twitter, where she posts daily" has none and stays.
 */

/** The networks such a line names, as written ("Twitter", "X", "LinkedIn"), capitalised or not. */
const NETWORK = String.raw`(?:[Tt]witter|X|[Ff]acebook|[Ii]nstagram|[Ll]inked[Ii]n|[Tt]ik[Tt]ok|[Yy]ou[Tt]ube|[Tt]hreads|[Bb]luesky|[Pp]interest|[Tt]umblr|[Mm]astodon)`;
/** The hosts their profile addresses live on ("www.twitter.com/…", "bsky.app/profile/…"). */
const HOST = String.raw`(?:twitter|x|facebook|instagram|linkedin|tiktok|youtube|threads|bsky|pinterest|tumblr)\.(?:com|net|app)`;
/** Whom to follow: the reader's writer as "me", a pronoun, or a name of one to five capitalised words. */
const WHOM = String.raw`(?:me|us|him|her|them|\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:van|von|de|der|da|du|la|le|al|bin)\s+)*\p{Lu}[\p{L}.'’-]*){0,4})`;
/** The profile: its address, with or without the scheme and "www.", or a handle. */
const PROFILE = String.raw`(?:(?:https?://)?(?:www\.)?${HOST}/\S+|@\w{1,30})`;

export const PROFILE_LINK_LINES: readonly RegExp[] = [
  new RegExp(String.raw`^(?:[Ff]ollow|[Ff]ind|[Cc]onnect with)\s+${WHOM}\s+on\s+${NETWORK}\s*:\s*${PROFILE}\s*$`, 'u'),
];
