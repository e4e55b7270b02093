/** The social networks a newsroom points its readers to, as their names are printed. */
const NETWORKS = String.raw`(?:facebook|twitter|x|instagram|threads|bluesky|mastodon|linkedin|tiktok|youtube|snapchat)`;

/**
 * A newsroom's pointers from under a story to its other channels, as the big news sites of about 2015-2020 closed
 * every story: the site's home page ("Visit Business Insider's homepage for more stories.") and the desk's social
 * accounts ("Find BBC News: East of England on Facebook, Instagram and Twitter. If you have a story suggestion email
 * …", as the BBC's regional desks print it). Each says where else to read, never what happened; a story's sentence
 * about an account ("Residents can find the council on Facebook") does not open with the ask. Not the writer's own
 * account ("Follow Ann Lee on Twitter @annlee"): the Dragnet gold keeps that line with the story (three NFL blog
 * posts of the dev half).
 */
export const CHANNEL_POINTER_LINES: readonly RegExp[] = [
  /^visit [^.!?]{1,60}?['’]s? home ?page for more (?:stories|news|articles|coverage)\W*$/i,
  // The desk's accounts, listed, maybe with its call for story ideas after them.
  new RegExp(
    String.raw`^find [^.!?]{1,60}? on ${NETWORKS}(?:(?:,|,? and|,? or) ${NETWORKS}){0,5}\.?(?:\s+if you have a story (?:suggestion|idea|tip)\b.{0,120})?$`,
    'iu',
  ),
];
