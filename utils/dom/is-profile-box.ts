import { SECTION_HEADING_TAGS } from './heading-tags';

/** A heading naming the person a box is about: "About Mara Holm", "About the interviewee". Group 1 is the name. */
const ABOUT_HEADING =
  /^[Aa]bout (?:the (?:interviewee|guest|speaker|author|writer)s?|(\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}))\s*:?$/u;
/** Above this many characters the block is the story itself (or a section of it), not a short profile. */
const MAX_PROFILE_CHARS = 900;
/** A profile is prose: some word ends a sentence inside it ("… in Delft. She …"). */
const SENTENCE = /\p{Ll}{2}[.!?](?:\s|$)/u;
const SPACES = /\s+/;

/**
 * True for a profile box: a short block that opens with a heading naming a person ("About Mara Holm") over a few
 * lines of prose about them ("Mara Holm was born in …"), as interviews set the interviewee's bio beside the
 * conversation. A subheading inside the story heads a run of sibling paragraphs, never a box of its own.
 */
export function isProfileBox(element: Element): boolean {
  const heading = element.firstElementChild;
  if (!heading || !SECTION_HEADING_TAGS.has(heading.tagName.toUpperCase())) return false;
  const title = (heading.textContent ?? '').trim();
  const about = ABOUT_HEADING.exec(title);
  if (!about) return false;
  const text = (element.textContent ?? '').trim();
  if (text.length > MAX_PROFILE_CHARS) return false;
  const rest = text.slice(title.length).trim();
  if (!SENTENCE.test(rest)) return false;
  const name = about[1];
  if (name === undefined) return true;
  // The prose is about the person the heading names: it opens with their first or last name.
  const words = name.split(SPACES);
  const first = rest.split(SPACES)[0] ?? '';
  return first === words[0] || first === words[words.length - 1];
}
