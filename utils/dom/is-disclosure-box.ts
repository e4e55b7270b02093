import { isShortHeadedBox, type BoxHeadingShape } from './box-heading';

/**
 * The heading of a disclosure box under a story: "Disclosure", "Disclosures" (a medical news site's funding and
 * industry ties of the study's authors), "Disclaimer", "Conflicts of interest", "Competing interests", "Advertiser
 * disclosure". The box says who paid or what the site holds, not the story.
 */
const DISCLOSURE_HEADING =
  /^(?:(?:editorial |advertiser |financial |affiliate )?(?:disclosures?|disclaimers?)(?: statement)?|conflicts? of interests?|competing interests?)\s*:?$/i;
/**
 * A disclosure box is a block (a paragraph is a line of the story) opening on a heading, or on a paragraph or bold
 * run set as one, of a few words (at most 40 characters).
 */
const HEADED_BOX: BoxHeadingShape = {
  boxTags: new Set(['DIV', 'SECTION', 'ASIDE', 'FOOTER']),
  headingTags: new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'P', 'STRONG', 'B', 'SPAN']),
  maxHeadingChars: 40,
};
/** A disclosure is a few paragraphs: a box with more text (characters) is a section of the story. */
const MAX_BOX_CHARS = 1500;

/**
 * True for a box under its own disclosure heading ("Disclosures" over the study's funding and the authors' ties to
 * industry; "Disclosure" over the site's ownership note), whatever its class says. A story's section on a company's
 * disclosures carries a heading of the story's own words.
 */
export function isDisclosureBox(element: Element): boolean {
  return isShortHeadedBox(element, HEADED_BOX, DISCLOSURE_HEADING, MAX_BOX_CHARS);
}
