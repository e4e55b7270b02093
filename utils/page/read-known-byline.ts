import { AFRICAN_CREDIT_WORDS } from './african-credit-words';
import type { MetaText } from '../model';
import { isCountPart } from './is-header-furniture';
import { isKoreanReporterTail } from './korean-reporter-title';
import { parseDate } from './parse-date';
import { PIECE_KIND_CREDIT } from './piece-kind-credit';
import { isWeekdayDateTail } from './is-weekday-date-tail';
import { handleTailLength } from './handle-tail';
import type { HeaderLine } from './read-header-line';
import type { Line } from './split-lines';

/** A byline line is at most this many words (a name with a published and an updated stamp, "Par Ann Lee Publié le
 * 28/11/2026 à 07:15 Mis à jour le 28/11/2026 à 09:40", is 15); longer, it is a sentence that opens with the name. */
const KNOWN_BYLINE_MAX_WORDS = 16;
/** A declared name shorter than this (characters) is too weak a signal to claim a line ("AP"). */
const NAME_MIN_CHARS = 5;
/** A name written in Chinese, Japanese or Korean characters is two to four of them ("山口健太", "김민준"), each a syllable. */
const CJK_NAME_MIN_CHARS = 2;
const CJK_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}・·]+$/u;

// The credit word before the name: "By Ann Lee …", or the role label of a byline block that credits writer and
// photographer apart ("Text Erik Lindqvist", "Tekst: Ola Nordmann", "Words Ann Lee"), or a role label with its colon
// as an info list prints it under the headline ("Writer: Ann Lee", "Author: Ann Lee", "Reporter: Ann Lee").
// The same credit word in the languages of European papers: "Par Ann Lee", "Von Ann Lee", "Por Ann Lee", "Di Ann Lee",
// "Door Ann Lee", "Av Ann Lee"; an Italian daily's reporter sent or posted abroad: "dal nostro inviato Ann Lee", "dalla
// nostra corrispondente Ann Lee"; and "Reporter" without a colon, as the English editions of Korean papers translate
// "김지훈 기자" ("Reporter Kim Ji-hoon"): the name must still be the one the metadata gives. Bilingual and
// minority-language outlets write it in their own language: Welsh "Gan Ann Lee", Irish "le Ann Lee", Catalan "Per Ann
// Lee", and a Chinese reporter label with its full-width colon ("記者：陳嘉欣", no space after it); and the African
// languages written in Latin script ("Na Ann Lee", "Lati ọwọ Ann Lee", "Yanditswe na Ann Lee", `AFRICAN_CREDIT_WORDS`).
// Indonesian and Malay papers write "Oleh Ann Lee" (by) or, as Indonesian portals' credit rows print it over "Editor
// …", "Penulis Ann Lee" (writer).
const BY = new RegExp(
  String.raw`^(?:(?:(?:by|par|von|por|di|door|av|gan|le|per|oleh|penulis|text|tekst|texto|texte|words|reporter|dal(?:la)?\s+nostr[oa]\s+(?:inviat[oa](?:\s+speciale)?|corrispondente)|${AFRICAN_CREDIT_WORDS})\s*:?|(?:writer|author|reporter)s?\s*:)\s+|(?:記者|记者)\s*[:：]\s*)`,
  'iu',
);
// What may follow the name on a byline line: a staff title or outlet ("Contributing Reporter", "BBC Sport at …"), a
// date glued on by the page's markup ("Ann LeeNov. 27, 2026"), or a separator (a slash before the city: "Ann Lee /
// İzmir"). A lower-case word ("Ann Lee said …") makes it a sentence.
// The city the writer filed from ends the line too: "Ann Lee in Oslo", "Ann Lee in New York", and as French,
// Spanish and Portuguese papers print it: "Ann Lee à Montréal", "Ann Lee en Madrid", "Ann Lee em Lisboa".
// An outlet styled with a lower-case article ends it too: "Ann Lee el Nuevo Herald", "Ann Lee la Repubblica".
const TAIL_START =
  /^(?:$|[\p{Lu}\p{N}|·•,–—(-]|\s+[\p{Lu}\p{N}|·•,–—(/-]|\s+(?:el|la|il|le)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$|\s+(?:in|à|en|em)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$)/u;
// The city the writer filed from, before the name with a colon, as Arabic papers print the byline ("بيروت: Ann Lee",
// "Beirut: Ann Lee"): one or two words. Only a line that is this and the name alone is read so ("Note: Ann Lee …").
// A title before the name the metadata gives, as think tanks and universities print their people: "Dr Sam Ortega",
// "Prof. Ann Lee", "Ambassador Bo Chen". The title is not part of the name.
const HONORIFIC = /^(?:dr|prof|professor|sir|dame|ambassador|rev|mr|mrs|ms)\.?\s+(?=\p{Lu})/iu;
// The series or kind of piece before "by", in capitals, as think tanks name their formats over the writers the
// metadata gives: "Critical Questions by Ann Lee and Bo Chen", "Expert Insight by …", "Guest Post by …". One to three
// capitalised words; the name after "by" must still be a declared writer ("Stand by Me" names no one).
const KIND_BY = /^(?:\p{Lu}[\p{L}'’&-]*\s+){1,3}by\s+(?=\p{Lu})/u;
// The writer's e-mail address after the name, as tabloids and Korean papers print it under the headline ("Ann Lee
// ann.lee@paper.se"): it ends the byline line as a staff title would.
const EMAIL_TAIL = /^\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;
// The outlet after the name written as its web address, lower case, as News Corp Australia's role line under the
// writer reads ("Ann Lee news.com.au", glued by sibling spans as "Ann Leenews.com.au") and as portals credit a
// writer to their site ("Ann Lee stuff.co.nz"): dotted lower-case labels ending on a letters-only one, then the end
// of the line or a date. A sentence after the name has no dotted word ("Ann Lee said …").
const ADDRESS_TAIL = /^\s*[\p{Ll}\d][\p{Ll}\d-]*(?:\.[\p{Ll}\d-]+)*\.\p{Ll}{2,}(?=$|[\s,|·•])/u;
const PLACE_LABEL = /^\p{L}[\p{L}\p{M}'’.-]*(?:\s+\p{L}[\p{L}\p{M}'’.-]*)?\s*:\s+/u;
const SENTENCE_END = /[.!?;:…"”]$/u;
const SPACES = /\s+/;
// What joins co-writers the metadata names ("Ann Lee and Bo Chen", "Ann Lee, Bo Chen & Cy Diaz").
const JOINER = /^(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)/iu;
// The last of the writers, one the metadata does not name, joined by "and" as the page's language writes it and
// ending the line: "Par Ann Lee et Belga" (a Belgian paper's agency credit), "Von Ann Lee und Bo Roe", "Por Ann Lee y
// Bo Roe". One to three capitalised words; a lower-case word after the joiner ("Ann Lee et ses collègues") is prose.
// Not the English "and": an English byline says "By", which the byline reader reads without the metadata.
const LAST_WRITER = /^\s+(?:et|und|y|e|og|och)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s*$/u;
// The wire service credited beside the writer, joined by "and" or "with", ending a line with no "By": "Ann Lee and
// NCA NewsWire" (News Corp Australia's sites print their writer so over the wire's copy), "Ann Lee with AAP", "Ann Lee
// and wires". An agency or a name ending on "Wire": "Ann Lee and Bo Chen" names a co-writer the metadata must give.
const LAST_WIRE =
  /^\s+(?:and|with|&)\s+((?:the\s+)?(?:(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}\p{L}*(?<=[Ww]ire)|AAP|AP|AFP|Reuters|Bloomberg|PA(?: Media)?|Press Association|Associated Press|(?:The )?Canadian Press|dpa|agencies|wires))\s*$/u;
// Where a date may start in the tail: its start (glued on), or after a space or separator.
const WORD_START = /(?:^|[\s,|·•(])(?=[\p{L}\p{N}])/gu;

/**
 * Reads the co-writers the metadata names right after a byline's first name (" and Bo Chen"), into `bylines`; the
 * length of text read, 0 when no known name follows a joiner.
 */
function readCoWriters(rest: string, at: number, known: readonly string[], bylines: MetaText[]): number {
  let read = 0;
  for (;;) {
    const joiner = JOINER.exec(rest.slice(read));
    if (!joiner) return read;
    const after = rest.slice(read + joiner[0].length).toLowerCase();
    const name = known.find((candidate) => {
      const trimmed = candidate.trim();
      return isLongEnough(trimmed) && after.startsWith(trimmed.toLowerCase());
    });
    if (name === undefined) return read;
    const from = at + read + joiner[0].length;
    const length = name.trim().length;
    bylines.push({
      text: rest.slice(read + joiner[0].length, read + joiner[0].length + length),
      span: { start: from, end: from + length },
    });
    read += joiner[0].length + length;
  }
}

/**
 * Reads a header line that opens with a writer the page's metadata names (`known`, from JSON-LD or `<meta
 * name="author">`), with or without "By", followed by a staff title, an outlet or a date, often glued on by sibling
 * elements the page lays out apart ("By Ann LeeNov. 27, 2026 Updated 6:05 am", "Ann Lee Contributing Reporter"), and
 * co-writers it also names ("Ann Lee and Bo Chen", as a template with no "By" prints its author links).
 * Undefined when no known name opens the line or the line reads as a sentence.
 */
export function readKnownByline(line: Line, known: readonly string[]): HeaderLine | undefined {
  if (known.length === 0 || (SENTENCE_END.test(line.text) && SENTENCE_END.test(withoutTrailingAid(line.text))))
    return undefined;
  if (line.text.split(SPACES).length > KNOWN_BYLINE_MAX_WORDS) return undefined;
  const by = BY.exec(line.text)?.[0].length;
  if (by !== undefined) return readFrom(line, known, by + honorificLength(line.text.slice(by)), false);
  // The place label is tried only when the name does not open the line: "Ann LeePublished: …" (a byline glued to its
  // date) reads as two words and a colon too.
  const place = PLACE_LABEL.exec(line.text)?.[0].length;
  const kind = (KIND_BY.exec(line.text) ?? PIECE_KIND_CREDIT.exec(line.text))?.[0].length;
  return (
    readFrom(line, known, honorificLength(line.text), false) ??
    (kind === undefined ? undefined : readFrom(line, known, kind + honorificLength(line.text.slice(kind)), false)) ??
    (place === undefined ? undefined : readFrom(line, known, place, true)) ??
    readAfterPlace(line, known)
  );
}

/**
 * The city the writer filed from before the name, with no colon, as Spanish papers sign the story under the headline
 * (Público.es: `span.place` "Madrid" then `span.author` "Público / EFE", read as "Madrid Público / EFE"): one or two
 * capitalised words, and the name the metadata gives ends the line.
 */
const PLACE_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*\s+/u;
/** Words the place before the name may take ("Madrid", "Buenos Aires"). */
const PLACE_MAX_WORDS = 2;
/** A credit word before the name is no place: "Foto Ann Lee" credits the photographer, not the story's writer. */
const CREDIT_WORD =
  /^(?:fot(?:o|os|ograf\p{L}*)|fot\.|photos?|photograph\p{L}*|pictures?|bild(?:er)?|kuva|image|video|vídeo|ilustraci[oó]n|illustration|grafik|gr[aá]fico|infograf\p{L}*|фото|zdj[eę]cie)\s+$/iu;

/** `readKnownByline` on a line that opens with the place the writer filed from (see `PLACE_WORD`). */
function readAfterPlace(line: Line, known: readonly string[]): HeaderLine | undefined {
  let skip = 0;
  for (let words = 0; words < PLACE_MAX_WORDS; words++) {
    const word = PLACE_WORD.exec(line.text.slice(skip));
    if (!word || CREDIT_WORD.test(word[0])) return undefined;
    skip += word[0].length;
    const read = readFrom(line, known, skip, true);
    if (read) return read;
  }
  return undefined;
}

/** The length of a title opening `text` ("Dr ", "Prof. "), 0 without one. */
function honorificLength(text: string): number {
  return HONORIFIC.exec(text)?.[0].length ?? 0;
}

/**
 * The line without a reading time or count closing it ("… à 09:30 Lecture : 4 minutes."), whose full stop does not
 * make the byline a sentence.
 */
function withoutTrailingAid(text: string): string {
  for (const match of text.matchAll(WORD_START)) {
    const at = match.index + match[0].length;
    if (at > 0 && isCountPart(text.slice(at))) return text.slice(0, at).trimEnd();
  }
  return text;
}

/** `readKnownByline` on the line past its first `skip` characters; `alone` when the name must end the line. */
function readFrom(line: Line, known: readonly string[], skip: number, alone: boolean): HeaderLine | undefined {
  const text = line.text.slice(skip);
  const lower = text.toLowerCase();
  for (const name of known) {
    const trimmed = name.trim();
    if (!isLongEnough(trimmed) || !lower.startsWith(trimmed.toLowerCase())) continue;
    const start = line.start + skip;
    const bylines: MetaText[] = [{ text: text.slice(0, trimmed.length), span: { start, end: start + trimmed.length } }];
    const end =
      start + trimmed.length + readCoWriters(text.slice(trimmed.length), start + trimmed.length, known, bylines);
    // The writer's handle after the name ("Ann Lee@annlee Nov 14, 2017") is the name's: the tail starts past it.
    const handle = alone ? 0 : handleTailLength(line.text.slice(end - line.start));
    const tail = line.text.slice(end - line.start + handle);
    const last = alone ? null : (LAST_WRITER.exec(tail) ?? LAST_WIRE.exec(tail));
    if (last?.[1] !== undefined) {
      const from = end + handle + last[0].trimEnd().length - last[1].length;
      bylines.push({ text: last[1], span: { start: from, end: from + last[1].length } });
      return { bylines };
    }
    if (
      !(
        TAIL_START.test(tail) ||
        isWeekdayDateTail(tail) ||
        EMAIL_TAIL.test(tail) ||
        ADDRESS_TAIL.test(tail) ||
        isKoreanReporterTail(tail)
      ) ||
      (alone && tail.trim() !== '')
    )
      continue;
    const result: HeaderLine = { bylines };
    const tailStart = end + handle;
    for (const match of tail.matchAll(WORD_START)) {
      const at = match.index + match[0].length;
      const date = parseDate(tail.slice(at));
      if (!date) continue;
      const from = tailStart + at;
      result.date = {
        iso: date.iso,
        text: tail.slice(at, at + date.length),
        span: { start: from, end: from + date.length },
      };
      break;
    }
    return result;
  }
  return undefined;
}

/** A declared name long enough to claim a line: five characters, or two in CJK characters. */
function isLongEnough(name: string): boolean {
  return name.length >= (CJK_NAME.test(name) ? CJK_NAME_MIN_CHARS : NAME_MIN_CHARS);
}
