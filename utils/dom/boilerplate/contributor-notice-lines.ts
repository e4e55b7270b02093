/**
 * The standing notice an open contributor platform prints on every post it hosted, saying who answers for it: HuffPost
 * set "This post was published on the now-closed HuffPost Contributor platform. Contributors control their own work and
 * posted freely to our site. If you need to flag this entry as abusive, send us an email." over each of the posts its
 * Contributor platform published (2005-2018), still served on them; other contributor networks word it alike ("This
 * article was published on the Acme contributor network"). A note on the page, not the story's text. Its sentences are
 * matched alone too, as a template may break them onto lines of their own. (Forbes' "Opinions expressed by Forbes
 * Contributors are their own." is read with the notes, `NOTE_LINES`.)
 */
export const CONTRIBUTOR_NOTICE_LINES: readonly RegExp[] = [
  // The notice's opening: the post was published on a contributor platform, network or programme, maybe one now closed.
  /^this (?:post|article|blog post|entry|story) was (?:originally )?published on (?:the )?(?:now[- ]closed )?[\p{L}\p{N}&'’. -]{1,40}? contributors? (?:platform|network|program(?:me)?)\b.{0,300}$/iu,
  // Its other sentences on lines of their own.
  /^contributors control their own work and post(?:ed)? freely to our site\b.{0,200}$/i,
  /^if you need to flag this (?:entry|post) as abusive\b.{0,60}$/i,
];
