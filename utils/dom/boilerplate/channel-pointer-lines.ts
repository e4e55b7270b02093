/** The social networks a newsroom points its readers to, as their names are printed. */
const NETWORKS = String.raw`(?:facebook|twitter|x|instagram|threads|bluesky|mastodon|linkedin|tiktok|youtube|snapchat|flickr|pinterest)`;

/** A network named with the account's handle after it in brackets, as the New York Times prints it: "Twitter (@NYTopinion)". */
const NETWORK_HANDLE = String.raw`${NETWORKS}(?: \(@\w{1,30}\))?`;

/**
 * The networks listed: "on Twitter", "on Facebook and Twitter", "on Facebook, Instagram and Twitter", "on Facebook,
 * Twitter (@NYTopinion) and Instagram".
 */
const NETWORK_LIST = String.raw`${NETWORK_HANDLE}(?:(?:,|,? and|,? or) ${NETWORK_HANDLE}){0,5}`;

/**
 * "Follow … on <networks>" where the account is the newsroom's: "us", a name that starts with "the" or holds "News"
 * ("the Evening Standard", "Telegraph News", "BBC News NI"), or any name when the line goes on to say the account is
 * for news ("… for the latest travel news", "… for all the latest updates"). A person's name alone does not match.
 */
const FOLLOW_NEWSROOM = new RegExp(
  String.raw`^follow (?:(?:us|the [^.!?]{1,50}?|[^.!?]{0,40}?\bnews\b[^.!?]{0,20}?) on ${NETWORK_LIST}(?: (?:for|to get|to keep up with) [^.!?]{1,80})?|[^.!?]{1,60}? on ${NETWORK_LIST} (?:for|to get|to keep up with) (?:the latest|all the latest|more|breaking|live)\b[^.!?]{0,60}?\b(?:news|updates|stories|coverage|headlines)) ?\.?$`,
  'iu',
);

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
  // The desk's accounts, listed, maybe with its call for story ideas after them, or a short question asking the reader
  // in before them, as a network's blogs closed every post ("Want more weird health news? Find The Body Odd on
  // Facebook."); "Visit" asks the same ("Visit the FDA on Facebook, Flickr, YouTube and Twitter", an agency's release),
  // and so does the ask to get the desk's updates there ("Get Harbour Post updates on Twitter."). A list's commas
  // may stand apart from its names (" , "), as a release's template spaces them.
  new RegExp(
    String.raw`^(?:[^.!?]{1,60}\?\s+)?(?:find|visit) [^.!?]{1,60}? on ${NETWORKS}(?:(?:\s*,|,? and|,? or) ${NETWORKS}){0,5}\.?(?:\s+if you have a story (?:suggestion|idea|tip)\b.{0,120})?$|^get (?:[^.!?]{1,40}? )?(?:updates|news|alerts) on ${NETWORKS}\.?$`,
    'iu',
  ),
  // The closing ask to follow the paper's own accounts, as British papers of about 2015-2018 printed it: "Follow us on
  // Twitter", "Follow Telegraph News on Twitter and Facebook", "Follow the Evening Standard on Twitter for the latest
  // travel news." (`FOLLOW_NEWSROOM`). A writer's own account ("Follow Ann Lee on Twitter @annlee") stays, as above.
  FOLLOW_NEWSROOM,
  // A network's closing pointer to its running coverage and its section, as SB Nation's blogs closed event stories
  // (about 2012-2018): "For news and updates throughout the week at the PGA Championship, stay tuned to this
  // StoryStream. For all your golf news as the season's final major approaches, visit SB Nation's golf hub." Each
  // sentence opens on what the reader wants ("For news …", "For all your … news") and sends them to the site's own
  // stream, hub or section; "For the council, the vote was a relief." has no such ask.
  /^(?:for (?:(?:more |all (?:of )?(?:your|the) |the latest |)[^.!?,]{0,30}\b(?:news|updates|coverage)\b)[^.!?]{0,100}, (?:stay tuned to|follow|visit|check out|head to|head over to) (?:this|our|[^.!?]{1,40}?['’]s?) (?:[\p{L}-]+ ){0,3}(?:storystream|stream|hub|section|page|home ?page|live blog)\.\s*){1,2}$/iu,
  // The pointer from a trial's or an event's companion story to the site's live page, in italics over the first
  // paragraph: "Follow our live coverage of the Redding trial here.", "For live updates from the courthouse, click
  // here." It ends on its link ("here"); the story's own sentence about coverage ("Viewers followed the live coverage
  // here in town all week") does not open with the ask.
  /^(?:(?:follow|read|get|see|catch up on) (?:all of )?(?:our|the|today['’]s) (?:full |latest )?live (?:coverage|updates|blog|reporting)|for (?:our |the latest |more |)live (?:coverage|updates|blog|reporting))\b[^.!?]{0,100}?\bhere\W*$/i,
];
