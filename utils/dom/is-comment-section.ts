import { boxHeadingText, type BoxHeadingShape } from './box-heading';
import { CJK_COMMENT_HEADING } from './cjk-comment-heading';
import { lineWithin } from './text-within';

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

/** The box a reader writes a comment in: a comment form's text field. */
const COMMENT_FIELD = 'textarea';
/**
 * A label that is or holds a link is a post's link to its comments ("Leave a comment" in the meta row over a blog
 * post, whose comment form is in the same box), not the section's label.
 */
const LINKED = 'a, :has(a)';

/**
 * The label a comment section opens on when its heading is set in a styled `<div>` or `<span>` ("Komentarze" as
 * `div.opinions__title`), read only where the section holds a comment form, in the box or in the section the box heads
 * (a head block of label and rules over the form): a bare label is not enough, since a story's boxes open on such
 * words too, but a label over a text field is the site's comment section.
 */
function formLabelText(element: Element): string | undefined {
  if (!HEADED_BOX.boxTags.has(element.tagName.toUpperCase())) return undefined;
  const label = element.firstElementChild;
  if (!label || label === element.lastElementChild || label.matches(LINKED)) return undefined;
  const text = lineWithin(label, HEADED_BOX.maxHeadingChars);
  // The label first: few boxes open on one, so the form is looked for in few.
  if (text === undefined || !isCommentLabel(text)) return undefined;
  const parent = element.parentElement;
  const headed = parent?.firstElementChild === element ? parent : undefined;
  return element.querySelector(COMMENT_FIELD) || headed?.querySelector(COMMENT_FIELD) ? text : undefined;
}

const isCommentLabel = (label: string): boolean =>
  COMMENT_HEADING.test(label) || THOUGHTS_HEADING.test(label) || CJK_COMMENT_HEADING.test(label);

/**
 * True for a site's comment section under its own heading ("Comments", "Réactions (3)", "Join the conversation" over
 * a sign-in prompt; "Reviews & Comments" over the list; "댓글 18", "udn討論區" in Korean, Japanese and Chinese, see
 * `CJK_COMMENT_HEADING`), whatever its class says: the readers' comments or the prompt to write one, never the story.
 * The heading must open the box; a story's subheading sits among its paragraphs, and the box may not hold the page's
 * headline.
 */
export function isCommentSection(element: Element): boolean {
  const label = boxHeadingText(element, HEADED_BOX) ?? formLabelText(element);
  if (label === undefined) return false;
  if (!isCommentLabel(label)) return false;
  return element.querySelector('h1') === null;
}
