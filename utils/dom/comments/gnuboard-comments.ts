import { titleDatedReader } from './title-dated-reader';

/**
 * The comments of Gnuboard 5 (그누보드), the board engine most Korean small news sites, university and agency
 * boards run, as its basic board skin prints them on every such site: the section is `section#bo_vc` (a hidden
 * "댓글목록" heading, then the comments), each comment an `article` with the id `c_<number>` holding a header with the
 * commenter's name (`span.member`, or the `sv_member` link of a signed-in member) and `time` in `.bo_vc_hdinfo`, and
 * its text in `div.cmt_contents`. No class of a comment says "comment" alone, so the generic pattern finds none.
 */
const REGION = 'section#bo_vc';
const SELECTORS = {
  item: 'article[id^="c_"]',
  author: ['.sv_member', '.member'],
  date: ['.bo_vc_hdinfo time', '.bo_vc_hdinfo'],
  body: '.cmt_contents',
};

/** Gnuboard's comments, in page order (a reply is printed as a later, indented comment). */
export const findGnuboardComments = titleDatedReader('gnuboard', REGION, SELECTORS);
