import { boxHeadingText, type BoxHeadingShape } from './box-heading';
import { CJK_COMMENT_HEADING } from './cjk-comment-heading';

/**
 * The heading of a site's comment section, whole: "Comments", "12 Comments", "Reader comments", "Comments (4)",
 * "Comments 24", "Reacties", "Kommentare", "Commentaires", "Comentarios", "Réactions (3)", "2 Responses" (reactions,
 * responses and replies only with their count: a story's "Reactions" section quotes politicians), and the prompts sites
 * head it with: "Join the conversation", "Discuss this article", "Leave a comment", "Reviews & Comments" (a recipe's),
 * "Diskutieren Sie mit", "Discussions" in the plural (a review site's reader threads; a paper's "Discussion" section
 * stays), and a death notice's guest book ("Sign Dorothy Whitfield's Guest Book" over its entries, which
 * are its readers' comments).
 */
const COMMENT_HEADING =
  /^(?:(?:(?:\d[\d,.]*|no)\s+)?(?:(?:reader|user|readers['’]?|your)\s+)?(?:comments?|reacties|kommentare?|commentaires?|comentarios?|comentários?|commenti|komentarze?|discussions)(?:\s*\(\d[\d,.]*\)|\s+\d[\d,.]*)?|(?:\d[\d,.]*\s+)?(?:réactions?|reactions?)\s*\(\d[\d,.]*\)|(?:\d[\d,.]*|no|one)\s+(?:responses?|replies)(?:\s+to\s+\S.{0,150})?|join the (?:conversation|discussion)|discuss this (?:article|story|post)|leave a (?:comment|reply)|(?:reviews?|ratings?) (?:&|and) comments|diskutieren sie mit|(?:sign (?:the |[\p{L}\p{N} .'’-]{1,60}['’]s? )?)?guest ?book)\s*:?$/iu;
/**
 * The heading WordPress's default themes (Twenty Twelve to Twenty Twenty-One, and the many themes built on them) set
 * over a post's comments: "2 thoughts on “Election night in Millbrook County”", "One thought on “…”"; a count, always.
 */
const THOUGHTS_HEADING = /^(?:\d[\d,.]*|one|no)\s+thoughts?\s+on\s+\S.{0,150}$/iu;

/**
 * A comment section is a block (`section`, `div`, `aside`) opening on a heading; the heading is a few words, or a count
 * and the post's title ("3 Responses to …"), at most 200 characters. Its head may be a `header` of its own, the heading
 * and the rules under it (20minutos' `header.comentarios-header`: "Comentarios", then "Normas de participación").
 */
const HEADED_BOX: BoxHeadingShape = {
  boxTags: new Set(['SECTION', 'DIV', 'ASIDE', 'HEADER']),
  headingTags: new Set(['H2', 'H3', 'H4', 'H5', 'H6']),
  maxHeadingChars: 200,
};

/**
 * True for a site's comment section under its own heading ("Comments", "Réactions (3)", "Join the conversation" over
 * a sign-in prompt; "Reviews & Comments" over the list; "댓글 18", "udn討論區" in Korean, Japanese and Chinese, see
 * `CJK_COMMENT_HEADING`), whatever its class says: the readers' comments or the prompt to write one, never the story.
 * The heading must open the box; a story's subheading sits among its paragraphs, and the box may not hold the page's
 * headline.
 */
export function isCommentSection(element: Element): boolean {
  const label = boxHeadingText(element, HEADED_BOX);
  if (label === undefined) return false;
  if (!COMMENT_HEADING.test(label) && !THOUGHTS_HEADING.test(label) && !CJK_COMMENT_HEADING.test(label)) return false;
  return element.querySelector('h1') === null;
}
