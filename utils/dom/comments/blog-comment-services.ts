/**
 * The comment services static and self-hosted blogs embed where others use Disqus (Jekyll, Hugo, Ghost and Gatsby
 * blogs wire them in through their themes): utterances and giscus (threads kept as GitHub issues or discussions),
 * Commento, Isso, Remark42, Hyvor Talk, FastComments, Cusdis and GraphComment. Each script fills the page's
 * placeholder, inline or with a frame, after the page loads: a saved page, or one read before the script ran, shows
 * only the empty placeholder (utterances' and giscus' script tag stands in its place itself).
 */
export const BLOG_COMMENT_PLACEHOLDERS = [
  'script[src*="utteranc.es/client.js"]',
  '.utterances',
  'script[src*="giscus.app/client.js"]',
  '.giscus',
  '#commento',
  '#isso-thread',
  '#remark42',
  '#hyvor-talk-view',
  'hyvor-talk-comments',
  '#fastcomments-widget',
  '#cusdis_thread',
  '#graphcomment',
];

/**
 * The same services' frames, by where they load from or what they are named (`utterances-frame`, `giscus-frame`,
 * Remark42's `remark42` frame). Only names no other kind of frame carries: not "isso", which is inside other words.
 */
export const BLOG_COMMENT_SERVICE =
  /utteranc(?:\.es|es)|giscus|commento|remark42|hyvor|fastcomments|cusdis|graphcomment/i;
