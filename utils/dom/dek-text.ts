import { isHeaderFurniture } from '../page/is-header-furniture';
import { readsAsByline } from './reads-as-byline';

/** Words a dek has at the least: a name, a label or a button in a block named "subtitle" is not one. */
const MIN_DEK_WORDS = 5;
/** Words a dek in no named block needs: a summary sentence, not a kicker, a title or a caption's first words. */
const MIN_PROSE_WORDS = 8;
/**
 * Lower-case words such a dek needs: prose ("births up 6.1% on-year; fertility rate seen at …"), not a credit or a
 * title in title case ("Rhiannon Pryce Lecturer in Urban Ecology, University of Leeds").
 */
const MIN_LOWER_WORDS = 3;
const SPACES = /\s+/g;
/**
 * A word that is not capitalised: lower case, or a letter of a script without case (Devanagari, Bengali, Tamil, Arabic,
 * Hebrew), where every word of a sentence counts, as a title in those scripts has no capitals to tell it either.
 */
const LOWER_START = /^[\p{Ll}\p{Lo}]/u;
// Units of a relative time stamp ("2 hrs ago", "45 minutes ago").
const RELATIVE_UNIT = '(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|wks?|weeks?)';
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\.?';
// Meta rows the byline reader cannot take: a label first ("Posted by … under …"), fields in a row ("By HANA ISHIKAWA |
// Banner • Published: …", "Home • Blog"), a date last ("Medically reviewed by … on November 25, 2026"), a
// labelled relative time stamp last (TownNews BLOX: "… staff Nov 26, 2026 Updated 2 hrs ago"; a bare "3 days ago"
// can end a dek).
const META_ROW = new RegExp(
  `^(?:by|posted|published|updated|written|filed)\\b|\\s[|•·]\\s|\\b(?:${MONTH} \\d{1,2},?|\\d{1,2} ${MONTH}) (?:19|20)\\d\\d$|` +
    `\\b(?:updated|posted|published|modified) \\d{1,3} ${RELATIVE_UNIT} ago$`,
  'iu',
);
// An address or a link: a writer's bio or a contact line, not a summary.
const CONTACT = /@|https?:\/\/|www\./iu;
// A photo caption ending on its credit in brackets ("… May 18, 2010. (Jim Watson/AFP/Getty Images)").
const CAPTION_CREDIT = /\((?:[^()]*\/[^()]*|[^()]*\b(?:photos?|images?|getty|reuters|afp|ap|file)\b[^()]*)\)\s*$/iu;

/** True when a text in a block named as the dek reads as one: not a byline, date, meta row or contact line. */
export function isDekText(text: string): boolean {
  const line = text.replace(SPACES, ' ').trim();
  if (line.split(' ').length < MIN_DEK_WORDS || META_ROW.test(line) || CONTACT.test(line)) return false;
  return !readsAsByline(line) && !isHeaderFurniture(line);
}

/**
 * A story's lead opening on its dateline: the place, then the agency in brackets and a dash or colon ("WASHINGTON (AP)
 * —", "KAMPOT, Cambodia (Reuters) -", Fresh News' "កំពត (FN)៖"). Many CMSs fill the page's description from the lead,
 * so it can look like a dek by its place and description; a dek summarises the story and has no dateline.
 */
const DATELINE_LEAD = /^[^()]{1,60}\([\p{Lu}\p{Lo}][\p{L}\p{M}.\s/&-]{0,24}\)\s*[-–—:៖]/u;

/** True when a header line under the headline, in no named block, reads as the dek: a summary in prose. */
export function isProseDek(text: string): boolean {
  const line = text.replace(SPACES, ' ').trim();
  const words = line.split(' ');
  if (words.length < MIN_PROSE_WORDS || CAPTION_CREDIT.test(line) || DATELINE_LEAD.test(line)) return false;
  return words.filter((word) => LOWER_START.test(word)).length >= MIN_LOWER_WORDS && isDekText(line);
}
