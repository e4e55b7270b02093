import type { MetaDate, MetaText } from '../model';
import { authorBioTest } from './author-bio-test';
import { isChromeLine } from './is-chrome-line';
import { isHandleNote } from './is-handle-note';
import { isInitialsSignOff } from './is-initials-sign-off';
import { isMediaInquiriesNote } from './is-media-inquiries-note';
import { isNameShaped } from './is-name-shaped';
import { isOfficerSignOff } from './is-officer-sign-off';
import { isStaffCredit } from './is-staff-credit';
import { isTagList } from './is-header-furniture';
import { readContactBlock } from './read-contact-block';
import { readPointerNote } from './read-pointer-note';
import { readSignatureBlock } from './read-signature-block';
import { isReportCreditSignOff } from './is-report-credit-sign-off';
import { isSourceLinkLine } from './is-source-link-line';
import type { HeaderLine } from './read-header-line';
import { isBareByline, readHeaderLine } from './read-header-line';
import type { Line } from './split-lines';

/** Closing notes sit in the last lines of an article; earlier lines of the same shape are the article's own text. */
const CLOSING_MAX_LINES = 3;
/**
 * Staff credits ("Editor: Sam Reyes") close a feature when at least this much text (characters) stands above them; on
 * a short post they may be the post itself (a photo editors' blog listing a magazine cover's credits).
 */
const CREDITS_MIN_STORY_CHARS = 1500;
/** A source or "via" note is a label and a name or address, not a sentence: at most this many words. */
const SOURCE_MAX_WORDS = 12;

// Where the print edition ran it: "A version of this article appeared in print on … with the headline: …".
const PRINT_NOTE = /^a version of this (?:article|story|review|column|op-ed|report) appeared\b/iu;
// Where the post came from: "Original Post: https://…", "Via: Harbour Blog", "H/T Ann Lee", "Source: Reuters", also
// "Source:" as other languages label it ("Quelle: dpa", "Źródło: PAP", "Sumber: Antara", "Kaynak: AA").
// The colon marks a label: "Source Ubergizmo" may be the article's last words, "Source: Ubergizmo" is a note. The
// plural too, as trade and enthusiast sites (Valnet's) close a story on the names it drew from: "Sources: Airbus,
// EASA", "Quellen: dpa, Reuters", "Fuentes: EFE".
const SOURCE_NOTE =
  /^(?:original(?:ly)?\s+(?:post(?:ed)?|published|article|story)(?:\s+(?:at|on|in))?|via|sources?|h\/t|hat\s+tip|quellen?|fuentes?|fontes?|bron(?:nen)?|källa|källor|kilde[rn]?|źródł[oa]|источники?|sumber|kaynak(?:lar)?)\s*:\s*\S/iu;
// How to reach the writer: "Write to Ann Lee at ann.lee@example.com".
const CONTACT_NOTE = /^write to\s+[^@]{1,80}\s+at\s+\S+@\S+$/iu;
// The reporter's sign-off with an address, as Korean and Japanese English-language papers close a story: "By Kim
// Hae-yeon (hykim@heraldcorp.com)", "BY SEO JI-EUN [seo.jieun@joongang.co.kr]" (square brackets), or the address alone
// ("hjkim@yna.co.kr"), or "Reporter Kim Ji-hoon jhkim@…" as Korean papers' English editions translate "김지훈 기자". A bare
// "By Ann Lee" stays (see isStamped): the address is what makes it a contact note and not the story's last words.
// The English editions of Korean papers also keep the Korean word order, the title after the name: "Park Ji-hoon
// reporter jhpark@…" ("박지훈 기자 jhpark@…"), and the Korean papers themselves close on the original, "박지훈 기자
// jhpark@…" (the name, 기자 "reporter", the address).
const SIGN_OFF_NOTE =
  /^(?:(?:by|reporter)\s+[^()[\]@]{2,60}?\s*|[^()[\]@\s]+(?:\s+[^()[\]@\s]+){0,3}\s+(?:(?:staff\s+)?reporter|기자)\s+)?[([]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)\]]?\.?$/iu;
const SPACES = /\s+/;
// Where to read more of the outlet's coverage: "Follow AP's coverage of water issues at https://…" (an address
// or a site's page named; "Follow the money" is prose).
const FOLLOW_NOTE =
  /^follow\s+.{0,60}\b(?:coverage|reporting|updates)\s+(?:of|on|from)\b.{0,120}\b(?:at|on)\s*:?\s+\S+\.\S+$/iu;
// The funding disclosure under an agency story: "… receives support from … The AP is solely responsible for all
// content."
const FUNDING_NOTE =
  /\b(?:receives?|received) (?:financial )?support from\b.{0,300}\bsolely responsible for (?:all|its|this) content\b/iu;
// The note under a story another outlet published first, under a licence: "This article is republished from The
// Conversation under a Creative Commons license. Read the original article."
const REPUBLISH_NOTE =
  /^this (?:article|story|piece|post) (?:is|was|has been) republished (?:from|with permission)\b.{0,200}$/iu;
// The academic writer's credit the republished text ends on: "Ann Lee, Associate Professor of Ecology, University of
// Oslo" (a name, a role, an institution; no sentence).
const AUTHOR_AFFILIATION =
  /^(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,3}),\s+[^,.!?]{1,80},\s+(?:The\s+)?(?:\p{Lu}[\p{L}'’&-]*\s+){0,3}(?:University|College|Institute|Polytechnic)(?:\s+(?:of\s+)?\p{Lu}[\p{L}.'’-]*){0,3}$/u;
// The writer's initials and the agency under a story, as German-language and other European papers sign it: "jpe/dpa",
// "(kha/AFP)", "ame/dpa/Reuters".
const AGENCY_SIGN_OFF = /^\(?\p{Ll}{2,4}((?:\/\p{L}{2,8}){1,3})\)?$/u;
// The agencies such a sign-off names: "and/or" or "km/h" close no story.
const AGENCIES = new Set([
  'dpa',
  'afp',
  'ap',
  'reuters',
  'rtr',
  'epd',
  'kna',
  'apa',
  'sda',
  'ats',
  'ansa',
  'efe',
  'anp',
  'belga',
  'sid',
  'ddp',
]);
// The desk editor's initials after a slash, as Philippine papers close a story: "/atm", "/cb", "/jpv/ra". No agency,
// no space: "and/or" needs a word before the slash.
const EDITOR_INITIALS = /^\/\p{Ll}{2,4}(?:\/\p{Ll}{2,4})?$/u;
// The writer's initials alone in brackets on the last line, as Polish, Czech and Slovak papers sign a story: "(mag)",
// "(oprac. jk)" (Polish "opracował", compiled by). Lower-case only: "(AP)" or "(Reuters)" is an agency's credit.
const BRACKETED_INITIALS = /^\((?:oprac\.\s*)?\p{Ll}{2,4}\)$/u;
// The desk editor's credit in square brackets alone on the last line, as Xinhua's English pages close a story:
// "[Editor: ZL]", "[Editor: Zhou Lan]", "[Edited by Ann Lee]". Square brackets only: a round-bracketed "(Editing by …)"
// under agency copy is the story's text in the articles we measure on (see the Reuters brief in the invented pages'
// KNOWN).
const BRACKETED_EDITOR = /^\[\s*(?:(?:responsible\s+)?editors?\s*:|edited\s+by\b)\s*[^\]\s][^\]]{0,40}\]$/iu;
// The desk editor's initials in capitals alone on the last line, as Mexican and other Latin American papers close a
// story (Milenio's "ICR", "JLMR/LHM"): two to five capitals, maybe a second editor's after a slash. A story's last
// line is never a word in capitals alone ("AP" or "EFE" there is an agency's credit, a note too).
const CAPS_INITIALS = /^\p{Lu}{2,5}(?:\/\p{Lu}{2,5})?$/u;
// The outlet's sign-off after a dash, its name as a web address: "– Rappler.com", "—INQUIRER.net". A dash and an
// address alone; a sentence ending on one is the story's.
const SITE_SIGN_OFF = /^[—–-]{1,2}\s*[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|ph|sg|my|vn|th|id)$/iu;
// The site's pointer to its topic page: "For more news about the coronavirus, visit our special page.", "For more
// updates on the storm, click here." It sends the reader to the site; "For more news, residents turned to radio" is
// prose.
const TOPIC_POINTER =
  /^for (?:more|the latest|further) (?:news|updates|stories|coverage)(?: and (?:updates|information|stories))? (?:about|on)\b[^.!?]{2,120}?,?\s+(?:visit|click here|go to|head to|check out|see)\b[^!?]{0,120}$/iu;
// The heading of a feature's staff credits: "Credits", "Story credits", "Credits:"; the whole line.
const CREDITS_HEADING = /^(?:story |project )?credits:?$/iu;
// A rule between the last paragraph and the notes ("___" over an agency's contributor line): no letter or digit.
const RULE = /^[^\p{L}\p{N}]+$/u;

/** What the closing lines of an article hold, and how many of its last lines they take. */
export interface ClosingLines {
  taken: number;
  bylines: MetaText[];
  date?: MetaDate;
}

/**
 * Reads the notes under an article's last paragraph: a footer byline or date ("Posted by Ann Lee on March 3, 2012 at
 * 10:14 am"), a print-edition note, a source or "via" note, a tag list, a press release's contacts, the bio of one of
 * the `authors` the byline names (with the name line over it), a long feature's staff credits. They are not body text;
 * names and date go to metadata. So is a syndicated story's closing pointer ("More information" over "The … Association
 * has more on …").
 */
export function readClosingLines(lines: readonly Line[], authors: readonly string[] = []): ClosingLines {
  const bio = authorBioTest(authors);
  // A correspondent's signature block (name, role, city, handle) comes last, and a press release's contacts under the
  // notes.
  const signed = readSignatureBlock(lines, authors);
  const closing: ClosingLines = {
    taken: signed + readContactBlock(lines.slice(0, lines.length - signed)),
    bylines: [],
  };
  // A syndicated story's pointer to more information sits over the contacts and under the other notes.
  closing.taken += readPointerNote(lines, lines.length - closing.taken);
  let notes = 0;
  // The line under this one was a staff credit.
  let creditsBelow = false;
  let above = lines.reduce((chars, line) => chars + line.text.length, 0);
  for (let i = lines.length - 1; i > lines.length - 1 - closing.taken; i--) above -= lines[i]?.text.length ?? 0;
  for (let i = lines.length - 1 - closing.taken; i >= 0 && notes < CLOSING_MAX_LINES; i--) {
    const line = lines[i];
    if (!line) break;
    above -= line.text.length;
    // Buttons under the text ("Share", "Advertisement") leave the body anyway; the notes above them still close it.
    // So does a feature's run of staff credits, however many roles it names.
    const credit = above >= CREDITS_MIN_STORY_CHARS && isStaffCredit(line.text);
    // The run's own heading over it ("Credits") goes with it.
    if (isChromeLine(line.text) || credit || (creditsBelow && CREDITS_HEADING.test(line.text))) {
      creditsBelow = credit;
      closing.taken++;
      continue;
    }
    creditsBelow = false;
    notes++;
    if (isNote(line.text) || isInitialsSignOff(line.text, lines[i - 1]?.text)) {
      closing.taken++;
      continue;
    }
    // The writer's name alone as the story's last line, as VnExpress signs its stories: the byline's name, whole.
    if (bio.isName(line.text)) {
      closing.taken++;
      continue;
    }
    if (bio.isBio(line.text)) {
      closing.taken++;
      // The author box's name line over the bio goes with it.
      if (bio.isName(lines[i - 1]?.text ?? '')) {
        closing.taken++;
        i--;
        above -= lines[i]?.text.length ?? 0;
      }
      continue;
    }
    const fields = readHeaderLine(line);
    if (!fields || !isStamped(line, fields)) break;
    if (closing.bylines.length === 0) closing.bylines = fields.bylines;
    closing.date ??= fields.date;
    closing.taken++;
  }
  return closing;
}

/**
 * A footer stamp: a date with a byline or label ("Posted by Ann Lee on March 3, 2012", "Posted on July 19th, 2012").
 * A bare name ("By Ann Lee") or date closing the text is often the writer's sign-off, which pages show as text.
 */
function isStamped(line: Line, fields: HeaderLine): boolean {
  const at = fields.date?.span?.start;
  return !fields.rest && at !== undefined && (fields.bylines.length > 0 || at > line.start);
}

/**
 * A print-edition, contact, media-inquiries, sign-off, source (also a blog's "Title | Source" line), "via", coverage,
 * funding or republishing note, an academic writer's credit, an association officer's sign-off ("Sue Penhaligon,
 * Secretary"), an agency or editor's sign-off ("jpe/dpa", "/atm", "(mag)", "[Editor: ZL]", "– Rappler.com"), a credit
 * for others' reporting ("—May ulat ni …/RSJ"), a topic-page pointer, a tag list, a bare "Written By" label, the
 * writer's handle ("Twitter @annlee"), or the rule over them.
 */
function isNote(text: string): boolean {
  if (PRINT_NOTE.test(text) || CONTACT_NOTE.test(text) || SIGN_OFF_NOTE.test(text)) return true;
  if (isTagList(text) || RULE.test(text) || isAgencySignOff(text)) return true;
  if (EDITOR_INITIALS.test(text) || SITE_SIGN_OFF.test(text) || TOPIC_POINTER.test(text)) return true;
  // A credit word with no name left ("Written By" over the writers' cards the page reader took out) is their label.
  if (BRACKETED_INITIALS.test(text) || CAPS_INITIALS.test(text) || isBareByline(text)) return true;
  if (BRACKETED_EDITOR.test(text)) return true;
  if (FOLLOW_NOTE.test(text) || FUNDING_NOTE.test(text) || REPUBLISH_NOTE.test(text)) return true;
  if (isMediaInquiriesNote(text) || isOfficerSignOff(text) || isReportCreditSignOff(text)) return true;
  if (isSourceLinkLine(text) || isHandleNote(text)) return true;
  const credited = AUTHOR_AFFILIATION.exec(text)?.[1];
  if (credited && isNameShaped(credited)) return true;
  return SOURCE_NOTE.test(text) && text.split(SPACES).length <= SOURCE_MAX_WORDS;
}

/** "jpe/dpa": the writer's initials, then agencies only. */
function isAgencySignOff(text: string): boolean {
  const agencies = AGENCY_SIGN_OFF.exec(text)?.[1];
  return (
    agencies !== undefined &&
    agencies
      .split('/')
      .slice(1)
      .every((agency) => AGENCIES.has(agency.toLowerCase()))
  );
}
