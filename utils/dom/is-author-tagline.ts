import { closesParagraphs } from './closes-paragraphs';
import { isAllItalic } from './is-italic-element';
import { textOf } from './text-of';

/**
 * A tagline's opening: the writer's name (two to four capitalised words, an optional dash before it) and who they
 * are ("Ann Lee is a retired teacher …", "— Ann Lee was mayor …") or what they cover for the paper ("Ann Lee covers
 * town government for the Gazette.", as the parser's bio test reads it), or who they are set between commas after
 * the name, as company and product blogs sign a post ("Ann Lee, an engineer on the Maps team, looks forward to …",
 * "Ann Lee, Co-founder and Engineer, lives in …"), a verb in the present after it: an obituary's closing "Ann Lee,
 * nurse, born 3 May 1938; died …" is its record, and "Ann Lee, the librarian, said …" a quote. Not what they did
 * ("Ann Lee has been featured in …"), which the Dragnet gold keeps as a post's closing line.
 */
const NAME_IS =
  /^(?:[—–-]\s*)?\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}(?: (?:is|was|covers|writes|reports)\s|, [^,.!?;:]{3,80}, (?!(?:has|says)\s)(?:is|was|\p{Ll}+s)\s)/u;
/** A day of the week, capitalised or not. */
const WEEKDAY = '(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day';
/**
 * A column's or roundup's schedule note, the other half of the italic tagline ("What We're Reading appears every
 * Saturday.", "This column appears every other Tuesday.", "Ann Lee's column is published on Sundays."): the series by
 * its own name or as "this column", a verb saying it is published (not "runs" or "returns", which a market or a fair
 * does too) and a recurring day or interval, the sentence ending there or on where it runs ("… in print and online.").
 * A sentence or two may follow ("Recommendations are the editors' own."). "The Gazette appears every Thursday, and its
 * editor …" goes on as prose, and a band that "appears every Friday at the Anchor Inn" plays at a venue.
 */
const SERIES_APPEARS = new RegExp(
  String.raw`^(?:[Tt]his (?:column|feature|newsletter|roundup|round-up|digest|briefing|series|list)|\p{Lu}[\p{L}\p{N}'’&.-]*` +
    String.raw`(?: (?:\p{Lu}[\p{L}\p{N}'’&.-]*|of|on|the|and|in|&)){0,5}(?:['’]s? (?:column|feature|newsletter|roundup|blog))?)` +
    String.raw` (?:appears|is published|publishes|is posted|comes out|is sent|goes out)(?: here| online| in (?:the )?print)?` +
    String.raw` (?:(?:every|each) (?:other )?(?:${WEEKDAY}|weekday|week|weekend|morning|evening|month)` +
    String.raw`|on (?:${WEEKDAY}s|weekdays)|weekly|daily|monthly|weekdays|twice a (?:week|month))(?: (?:in|on) [^.!?,]{1,40})?[.!](?:\s.*)?$`,
  'u',
);
/** A tagline is a sentence or two; longer, it is a closing paragraph that happens to be in italics. Characters. */
const MAX_TAGLINE_CHARS = 300;

/**
 * True for the writer's tagline an op-ed or guest column closes with, set in italics as a paragraph of the column
 * (`<p><em>Ann Lee is a retired teacher and lives in Millbrook.</em></p>`), or the schedule note a column or a links
 * roundup closes with (`<p><em>What We're Reading appears every Saturday.</em></p>`): who wrote it and when it runs,
 * not what it says. A paragraph in plain type, or one that opens the piece, stays.
 */
export function isAuthorTagline(element: Element): boolean {
  if (element.tagName.toUpperCase() !== 'P') return false;
  const text = textOf(element);
  if (text.length > MAX_TAGLINE_CHARS || !(NAME_IS.test(text) || SERIES_APPEARS.test(text))) return false;
  return isAllItalic(element, text) && closesParagraphs(element);
}
