import type { MetaDate, MetaText } from '../model';
import { isCountPart, isCreditPart, isHeaderFurniture, isLabel, isTagList } from './is-header-furniture';
import { isNameShaped } from './is-name-shaped';
import { isReferenceLead } from './is-reference-lead';
import { isUncasedDateline } from './is-uncased-dateline';
import { leadingViewCountLength, trailingViewCountStart } from './labelled-view-count';
import { parseDate } from './parse-date';
import { permalinkMarkLength } from './permalink-mark';
import { CREDIT_WORDS, isPictureCredit, readByline } from './read-byline';
import { readJoinedNames } from './read-joined-names';
import { readNameInSection } from './read-name-in-section';
import type { Line } from './split-lines';

/** What one header line holds: names, a date, or neither (furniture such as "Tweet this" or "AP"). */
export interface HeaderLine {
  bylines: MetaText[];
  date?: MetaDate;
  /** Body text that followed the date on the same line. */
  rest?: Line;
}

/** Byline lines are at most this long (characters); a date is looked for only this far into a line. */
const FIELD_LINE_MAX_CHARS = 160;
/** What may follow a date on a header line ("in Reviews", "| 11:00 AM", "No Comments | Tech"), in words. */
const TAIL_MAX_WORDS = 6;
/** A section name before a header's furniture is one to three words, as `isLabel` reads one ("Tech & Science"). */
const MAX_SECTION_WORDS = 3;

// "Published"/"Updated" in the languages the stop-word table knows and in Nordic, Polish, Indonesian and Turkish
// templates ("Publicerad 2026-11-27 06.00", "Güncelleme: 27.11.2026"), and South-east Europe's (Romanian "Data
// publicării: 28.11.2026 14:22", Croatian and Slovene "Objavljeno", Albanian "Publikuar", Greek "Ενημέρωση"), Russian
// "Дата публикации:" (Kazakh and Central Asian Russian-language portals), so a localised header is not body text;
// "Input" as the English editions of Korean papers translate 입력 ("Input 2026.11.27 14:22"), and the labels of Korean,
// Chinese and Japanese stamps themselves ("입력 2026.11.27 14:05 수정 2026.11.27 15:10", "发布时间：2026-11-27"), as
// `isHeaderFurniture` reads them. The second of two date lines may go on from the first: "Posted at 5:15 PM, Nov 20" /
// "and last updated 6:05 PM, Nov 20". The label as research institutes and journals set it in their meta lists
// ("Publishing date 20 November 2026", "Publication date: …", "Date published: …") comes before "date" alone, which
// would leave its second word.
const DATE_LABEL =
  /^(?:and\s+)?(?:publi(?:shing|cation) date|date (?:of publication|published)|date|published|updated?|input|issued|posted|for immediate release|originally (?:posted|published)|last updated?|first published|(?:last\s+)?modified|datum|veröffentlicht|aktualisiert|publié|mis à jour|modifié|publicado|actualizado|atualizado|pubblicato|aggiornato|modifica(?:to)?|gepubliceerd|bijgewerkt|publicerad|uppdaterad|publisert|oppdatert|publiceret|opdateret|julkaistu|päivitetty|birt|uppfært|opublikowano|zaktualizowano|aktualizacja|diterbitkan|diperbarui|yay[ıi]nlanma|g[üu]ncelleme|giri[şs]|data (?:publicării|actualizării)|publicat|actualizat|objavljeno|ažurirano|posodobljeno|publikuar|përditësuar|δημοσίευση|δημοσιεύθηκε|(?:τελευταία )?ενημέρωση|опубликовано|обновлено|дата (?:публикации|обновления)|ن\u064F?شر|تاريخ النشر|(?:آخر )?تحديث|기사입력|최종수정|입력|수정|송고|업데이트|등록|发布时间|發布時間|更新时间|更新時間|发布|發布|發佈|公開|更新|配信)(?:\s+(?:on|le|am|el|il|em|op))?\s*[:：]?\s*/iu;
// Weekday names in the languages whose dates are read ("vendredi 27 novembre 2026", "Freitag, 27. November 2026",
// "viernes, 27 de noviembre de 2026", Croatian "subota, 28.11.2026. u 11:47", "الجمعة 27 نوفمبر 2026", Urdu and
// Persian), whole words only.
const FOREIGN_WEEKDAYS = [
  'montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag',
  'lundi mardi mercredi jeudi vendredi samedi dimanche',
  'lunes martes miércoles jueves viernes sábado domingo',
  'lunedì martedì mercoledì giovedì venerdì sabato domenica',
  'segunda-feira terça-feira quarta-feira quinta-feira sexta-feira',
  'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag',
  'mandag tirsdag onsdag torsdag fredag lørdag søndag måndag tisdag lördag söndag',
  'poniedziałek wtorek środa czwartek piątek sobota niedziela',
  'pondělí úterý středa čtvrtek pátek neděle',
  'понедельник вторник среда четверг пятница суббота воскресенье',
  'senin selasa rabu kamis jumat sabtu minggu',
  'luni marți miercuri joi vineri sâmbătă duminică',
  'ponedjeljak utorak srijeda četvrtak petak subota nedjelja ponedeljek torek sreda četrtek petek nedelja',
  'δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή',
  'pazartesi salı çarşamba perşembe cuma cumartesi pazar',
  'الأحد الاحد الاثنين الإثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة السبت',
  // Urdu ("ہفتہ 28 نومبر 2026") and Persian, with the joiner Persian writes inside "سه‌شنبه" and "پنج‌شنبه".
  'پیر سوموار منگل بدھ جمعرات جمعہ ہفتہ اتوار',
  'شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه پنج‌شنبه جمعه',
]
  .flatMap((names) => names.split(' '))
  .join('|');
// A weekday before a date ("Wednesday, November 7, 2012", "Wed., Nov. 7", "vendredi 27 novembre").
const WEEKDAY = new RegExp(
  `^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|${FOREIGN_WEEKDAYS})\\.?,?\\s+`,
  'iu',
);
// A weekday between a byline and its date: "By Ann Lee, Monday 05 November 2012", "Updated 3:14 PM, Tue Nov 28".
// "Sat" and "Sun" only at the start or after a comma: "by Omaha Sun on Aug 8" names the Omaha Sun.
const TRAILING_WEEKDAY =
  /\s*\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|wed|thu(?:rs?)?|fri)\.?$|(?:^|,)\s*(?:sat|sun)\.?$/iu;
// A time of day before the date: "updated 4:36 p.m. ET July 23, 2012", "Posted on 3:30 pm Tuesday Nov 13, 2012".
const TRAILING_TIME = /\s*\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?$/iu;
// A dateline before the date: "WESTPORT, Wash.", "LONDON" (capitals, then an optional state or country); in title case
// only with its state or country ("Baltimore, Md., Nov 17, 2026 / 19:05 pm", as Catholic agencies open a story).
const DATELINE =
  /^\p{Lu}[\p{Lu}\s.'-]*\p{Lu}(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?$|^\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){0,2},\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?$/u;
// A separator right before the date: the label before it stands apart ("HyperDrive | 20 July 2012"); a spaced hyphen
// too, as El País sets the place before its stamp ("Madrid - 28 nov 2026 - 14:05 CET"); and a pipe glued to its
// neighbours, as a component CMS prints its meta row from adjacent spans ("Press release|14 June 2022|ID: 298114",
// Adobe Experience Manager): a pipe is never a word of a sentence.
const SEPARATED = /(?:\s[|·•/–—-]|\|)\s*$/u;
// A time of day as header lines print it, with an optional connector word before it and a zone after it: "9:25am",
// "10:14 am EST", "10:12AM", and as other languages write it: "à 06h00", "às 8h00", "um 14.32 Uhr", "alle 09:40", "a
// las 05:40", "kl. 14.05", "в 14:05", Québec's spaced "à 5 h 00", and Korean's morning or afternoon before the time
// ("오후 2:05"). No `i` flag, so the zone stays capitals ("at 9:25 am in Reviews" keeps "in").
const CLOCK = String.raw`(?:(?:at|à|às|um|alle|a las|om|kl\.?|в|오전|오후)\s+)?\d{1,2}(?:[:.h]|\sh\s)\d{2}(?:\s*(?:[aApP]\.?[mM]\.?|Uhr\b))?(?:\s+[A-Z]{2,4}\b)?`;
// A time of day right after a date ("Oct 29 2012 - 9:25am", "May 3, 2012 at 10:14 am EST", "November 28, 2026 -
// 10:12AM"), also after the dot Korean papers close a year-first date with ("입력 2026.11.27. 14:05"): part of the date.
const LEADING_TIME = new RegExp(String.raw`^[-–—,.]?\s*${CLOCK}`, 'u');
// A time zone right after a date whose time came first, as British templates stamp a story: "Published 14:32, 12 March
// 2020 GMT | Last updated 15:05, 12 March 2020 GMT". Named zones only: "12 March 2020 NASA said …" goes on in words.
const LEADING_ZONE = /^\s*(?:GMT|UTC|BST|CES?T|EES?T|IST|AE[SD]T|[ECMP][SD]T|[ECMP]T)(?![\p{L}\p{N}])/u;
// A relative time where the date would be: "8 Hours Ago By Ann Lee", "Published 2 hours ago", and the day named
// with its time, as Mediahuis and Arc templates print a fresh story's stamp: "Today at 05:30", "Yesterday, 18:40";
// also in the Nordic, Finnish, German, Dutch and French forms: "I dag kl. 14.05", "igår 18:40", "tänään klo 9.12",
// "heute, 14:05 Uhr", "vandaag om 10:15", "aujourd'hui à 06h00"; and in Cyrillic: "Сегодня, 14:05", "Вчора о 18:40",
// "Данас у 9:12", "Днес, 14:05".
const RELATIVE_AT =
  /^(?:\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b|(?:today|yesterday|i\s?dag|i\s?går|i\s?gaar|tänään|eilen|heute|gestern|vandaag|gisteren|aujourd['’]hui|hier|сегодня|вчера|сьогодні|вчора|данас|јуче|днес)(?:\s+(?:at|kl\.?|klo|um|om|à|в|о|у)|,)?\s+\d{1,2}[:.h]\d{2}(?:\s*(?:[ap]\.?m\.?|Uhr))?(?![\p{L}\p{N}]))/iu;
// A time of day alone after a date label, as a story from today is stamped: "Publié à 5 h 00 Mis à jour à 9 h 12"
// (Québec), "Published 5:00 a.m.", "Aktualisiert um 14.32 Uhr". Read only after a label: "à 9 h 00" in prose is no
// stamp.
const LABELLED_TIME = new RegExp(String.raw`^${CLOCK}(?![\p{L}\p{N}])`, 'u');
const TAIL_END = /[.!?;:…"”]$/u;
// The place and the issuing department after a release's date, as Canada.ca opens every news release: "November 26,
// 2026 - Halifax, Nova Scotia - Fisheries and Oceans Canada". Names only, in capitals but for their joining words
// ("and", "of", "the", "for"): "- Ottawa - The minister said …" goes on as a sentence.
const PLACE_AND_ISSUER =
  /^\p{Lu}[\p{L}.'’-]*(?:,?\s(?:\p{Lu}[\p{L}.'’-]*|\(\p{Lu}[\p{L}.'’ -]*\))){0,3}\s+[–—-]\s+\p{Lu}[\p{L}.'’&-]*(?:\s(?:\p{Lu}[\p{L}.'’&-]*|and|of|the|for|on))*$/u;
const LEADING_SPACE = /^\s+/;
// Separates a byline from a date on one line: "By Lucia Brenner · May 14, 2024"; a slash too, as WordPress themes
// (Astra) join their meta row: "5 Comments / By Ann Lee / February 18, 2026". One may open or close the line, left by
// a part the page reader took off as furniture: the comments link before "/ By Ann Lee / February 18, 2026", or after
// "by Ann Lee ·".
const PART_SEPARATOR = /(?:^|\s+)[|·•–—/-](?:\s+|$)/gu;
// A lone separator left after a date ("Published 2023-09-12 |") is not body text.
const LONE_SEPARATOR = /^[|·•–—.-]$/u;
// Connectors between a byline and a date: "by Ann on …", "By Ann, 28 May 2010", "Posted, August 9th, 2012, By …".
// A label's colon counts too: "06:15 PM CST Updated: Nov 26, 2026".
const TRAILING_JOIN = /(?:\s*(?:[|·•,/:–—.-]|\bon|\bat|\bposted|\bpublished|\bupdated))*\s*$/iu;
const LEADING_JOIN = /^\s*(?:[|·•,–—-]\s*)*/u;
// The writer's X (Twitter) handle after their name, before the date: "Ann Lee @annlee 10 November 2020", as the
// Evening Standard's and The Independent's bylines (2017-2021) and blog themes ("Ann Lee @annlee · May 3") print it.
// Bracketed too ("Ann Lee (@annlee)"). One handle, its own limit of fifteen word characters.
const TRAILING_HANDLE = /\s+\(?@\w{1,15}\)?$/u;
// The same, or an opening bracket before a second date ("(modifica il …)"); its closing bracket ends the tail.
const BRACKETED_JOIN = /^\s*(?:[|·•,–—(-]\s*)*/u;
// The separators and colon after a label before its date ("First Published: ", "Last Updated | ").
const LEAD_END = /[\s|·•,:–—-]+$/u;
// Where a date may start inside a line: the start, or after a space or separator, or after a time of day glued on
// by a hyphen, as Arabic papers print it ("نُشر: 11:45-27 نوفمبر 2026"), or a year-first date right after a Korean
// label, as a template's two spans join it ("등록2026-11-27 14:05": Korean prose puts a space before a year).
const WORD_START = /(?:^|[\s,|·•(:]|(?<=\d[:.]\d{2})-|(?<=\p{Script=Hangul})(?=\d{4}[.\-/]))(?=[\p{L}\p{N}])/gu;
// The Hijri date Arabic papers print after the Gregorian one: "م ـ 26 جمادى الأولى 1448 هـ" (م closes the Gregorian
// year, هـ the Hijri one). Part of the date line, not body text.
const HIJRI_TAIL = /^(?:م\s*)?[ـ–—-]?\s*\d{1,2}\s+\p{L}+(?:\s+\p{L}+)?\s+\d{4}\s*هـ$/u;
// A credit word with no name after it: "by" (name in the next line, or left out of the page: "by on July 17").
const BARE_BYLINE = new RegExp(`^${CREDIT_WORDS}$`, 'iu');
// A name, then a comma or separator before the agency it writes for.
const CREDITED_NAME = /^(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,2})(?:,|\s+[|·•–—-])\s+/u;
const SPACES = /\s+/;
const COLON_START = /^:/u;
const BY_START = /^by\b/iu;
const BY_PREFIX = 'By ';

/**
 * Reads one line written in a header's shape: a date line ("Posted by Ann Lee on March 3, 2012 at 10:14 am"), a
 * byline with dates or counts beside it ("By Ann Lee | Nov 6 2012 | 27 Comments"), a writer and agency; undefined
 * when the line is anything else.
 */
export function readHeaderLine(line: Line): HeaderLine | undefined {
  if (line.text.length > FIELD_LINE_MAX_CHARS) return readDateLine(line);
  const credited = readCreditedName(line);
  return readDateLine(line) ?? readParts(line) ?? (credited ? { bylines: credited } : undefined);
}

/** "By" with no name after it: the name is on the next line, or the page left it out ("by on July 17"). */
export function isBareByline(text: string): boolean {
  return BARE_BYLINE.test(text);
}

/**
 * A line holding a date with an optional label or byline before it and a short tail after it: "Published: May 3,
 * 2012", "by Ann Lee on March 3, 2012 at 10:14 am in Reviews", "Monday, May 7, 2012, by Ann Lee". Longer text after
 * the date is body text sharing the line (`rest`).
 */
function readDateLine(line: Line): HeaderLine | undefined {
  for (const start of line.text.matchAll(WORD_START)) {
    const at = start.index + start[0].length;
    if (at > FIELD_LINE_MAX_CHARS) break;
    const date = parseDate(line.text.slice(at));
    // A relative time stands where the date would ("8 hours ago"): the line is header, with no date to keep.
    const lead = line.text.slice(0, at);
    const clock = date || !isLabelOnly(lead) ? undefined : LABELLED_TIME.exec(line.text.slice(at))?.[0].length;
    // A time alone stamps the line only when nothing but another such stamp follows: "Last updated 6:05 PM, Nov 20,
    // 2026" has its date after the time, "Published at 9:00 the report …" is a sentence.
    const stamp = clock !== undefined && isStampOnly(restOf(line, at + clock)) ? clock : undefined;
    const length = date?.length ?? RELATIVE_AT.exec(line.text.slice(at))?.[0].length ?? stamp;
    if (length === undefined) continue;
    const named = readBefore(lead, line.start);
    const text = line.text.slice(at, at + length);
    const fields: HeaderLine = { bylines: named ?? [] };
    if (date) fields.date = { iso: date.iso, text, span: { start: line.start + at, end: line.start + at + length } };
    const rest = withoutCountTail(afterTime(restOf(line, at + length)));
    const join = rest ? (LEADING_JOIN.exec(rest.text)?.[0].length ?? 0) : 0;
    const after =
      rest && readByline({ text: rest.text.slice(join), start: rest.start + join, end: rest.end }, { anyCase: true });
    // A section label before the date names no one, but only a byline after the date vouches for it unseparated
    // ("Articles October 28, 2012 by Ann Lee"); "HyperDrive | 20 July 2012" stands apart by itself.
    // A second date after the first vouches for it too: "Ann Lee November 27, 2026 at 9:41 AM Updated on …", and so
    // does a header's furniture after it, alone or after a section name: "Ann Lee November 28, 2026 11:20 Politics
    // Reading time: 3 minutes", as Baltic and Russian-language portals print their meta row.
    const vouched = after || SEPARATED.test(lead) || !rest || isDateOnly(rest) || isFurnitureTail(rest.text);
    // An outlet and city before the date in a script without capitals ("ڕووداو - هەولێر ٢٩-١١-٢٠٢٦") names no one.
    const dateline = isUncasedDateline(lead.replace(TRAILING_JOIN, ''), rest?.text);
    // A bulletin's or release's reference before its date ("Bulletin 07/2019 | Issued 14 March 2019") names no one.
    const labelled = (isSectionLabel(lead) && vouched) || isReferenceLead(lead, isLabelOnly);
    const before = named ?? (labelled || dateline ? [] : undefined);
    if (!before) return undefined;
    if (!rest) return fields;
    // "UPDATE on October 19, 2011: We're excited …" is a sentence that opens with its date, not a header line.
    if (COLON_START.test(rest.text)) return undefined;
    if (after && before.length === 0) return { ...fields, bylines: after };
    // A byline line after the date, with its counts or a second date: "Updated Oct 29 2012 - 9:25am · Posted Oct 29
    // 2012 - 9:20am by Ann Lee · 0 comments".
    const tail = readHeaderLine({ text: rest.text.slice(join), start: rest.start + join, end: rest.end });
    if (tail && !tail.rest && tail.bylines.length > 0)
      return { ...fields, bylines: [...fields.bylines, ...tail.bylines] };
    if (isTail(rest.text) || isDateOnly(rest)) return fields;
    // Only a labelled date may share its line with body text; "March 3, 2012 was cold." is a sentence.
    if (before.length > 0 || !DATE_LABEL.test(line.text)) return undefined;
    // The body text starts after the separator: "Published 2023-09-12 — The council voted …".
    return { ...fields, rest: { text: rest.text.slice(join), start: rest.start + join, end: rest.end } };
  }
  return undefined;
}

/** Nothing, or only another labelled time with no date ("Mis à jour à 9 h 12"), after a time stamp. */
function isStampOnly(rest: Line | undefined): boolean {
  if (!rest) return true;
  const join = LEADING_JOIN.exec(rest.text)?.[0].length ?? 0;
  const fields = readDateLine({ text: rest.text.slice(join), start: rest.start + join, end: rest.end });
  return fields !== undefined && !fields.date && !fields.rest && fields.bylines.length === 0;
}

/** Only a date label ("Publié ", "Updated: "), nothing else, before a time of day. */
function isLabelOnly(lead: string): boolean {
  const label = lead.replace(LEAD_END, '');
  return label.length > 0 && DATE_LABEL.exec(label)?.[0].length === label.length;
}

/** The names in what precedes a date: nothing, a label, a weekday, or a byline; undefined when it is other text. */
function readBefore(line: string, lineOffset: number): MetaText[] | undefined {
  // A permalink glyph opening the line ("★ Thursday, 8 September 2016") is the post's link, not a word before the date.
  // So is a labelled view counter the meta row opens on ("Total Views: 3112 November 21, 2019 by Ann Lee").
  const mark = permalinkMarkLength(line);
  const skip = mark + leadingViewCountLength(line.slice(mark));
  const text = line.slice(skip);
  const offset = lineOffset + skip;
  // A whole two-word label first: the joins below would strip its last word ("First Published:" → "First", "Last
  // updated" → "Last"). Also with the time of day before the date: "Last updated 6:05 PM, Nov 20, 2026".
  for (const lead of [text.replace(LEAD_END, ''), text.replace(LEAD_END, '').replace(TRAILING_TIME, '')]) {
    if (lead && DATE_LABEL.exec(lead)?.[0].length === lead.length) return [];
  }
  const trimmed = [TRAILING_JOIN, TRAILING_WEEKDAY, TRAILING_JOIN, TRAILING_TIME, TRAILING_JOIN].reduce(
    (rest, pattern) => rest.replace(pattern, ''),
    text,
  );
  const handled = readHandledName(trimmed, offset);
  if (handled) return handled;
  if (!trimmed || isBareByline(trimmed)) return [];
  const label = DATE_LABEL.exec(trimmed);
  const unlabelled = label ? trimmed.slice(label[0].length) : trimmed;
  if (!unlabelled || WEEKDAY.exec(`${unlabelled} `)?.[0].length === unlabelled.length + 1) return [];
  const part = { text: trimmed, start: offset, end: offset + trimmed.length };
  // A writer and the outlet or staff title, without "By": "Ann Lee · CBC News · Posted: …", "Ann Lee, Local
  // Democracy Reporter 8:41 pm on 28 November 2026".
  // A "By" line is the byline reader's: "By Ann Lee | Reuters" names Ann Lee, not "By Ann Lee".
  // So is a writer and the section the post is filed under: "Ann Lee in Opinion on March 3, 2012".
  const byline =
    readByline(part, { anyCase: true }) ??
    (BY_START.test(trimmed)
      ? undefined
      : (readCreditedName(part) ?? readNameInSection(part) ?? readJoinedNames(part, SEPARATED.test(text))));
  // A dateline ("WESTPORT, Wash.") or the site's name ("harbour-news.com •") names no one.
  return byline ?? (DATELINE.test(trimmed) || isCreditPart(trimmed) ? [] : undefined);
}

/**
 * A comment count closing the row after the date: WordPress news themes end their meta row on the comment link
 * ("November 8, 2019 Ann Lee Local News, Pell Island 5 Comments", MH Magazine, ColorMag), whose count would otherwise
 * hide the byline and section before it. The count alone after the date is read by the rules below.
 */
const COMMENT_COUNT_TAIL = /\s+\d[\d,.]*\s+(?:comments?|responses?|replies)$/iu;
/** The separator left before the count ("by Ann Lee · 0 comments"). */
const TRAILING_SEPARATORS = /[\s·•|,–—-]+$/u;

/**
 * `rest` without a comment count or a labelled view counter closing it (see `COMMENT_COUNT_TAIL`, "by Ann Lee | Post
 * Views: 1,234"), when something comes before the count.
 */
function withoutCountTail(rest: Line | undefined): Line | undefined {
  const at = rest ? (COMMENT_COUNT_TAIL.exec(rest.text)?.index ?? trailingViewCountStart(rest.text)) : undefined;
  if (!rest || at === undefined || at === 0) return rest;
  const text = rest.text.slice(0, at).replace(TRAILING_SEPARATORS, '');
  if (!text) return rest;
  return { text, start: rest.start, end: rest.start + text.length };
}

/** What follows a time of day (or a bare zone) at the start of `rest`, or `rest` itself when it opens with none. */
function afterTime(rest: Line | undefined): Line | undefined {
  const time = rest ? (LEADING_TIME.exec(rest.text) ?? LEADING_ZONE.exec(rest.text)) : null;
  return rest && time ? restOf(rest, time[0].length) : rest;
}

/**
 * A second date line after the first on one line: ", updated October 31, 2012 at 11:58 AM", also in brackets as
 * Italian dailies print the update: "28 novembre 2026 (modifica il 28 novembre 2026 | 14:05)".
 */
function isDateOnly(rest: Line): boolean {
  const join = BRACKETED_JOIN.exec(rest.text)?.[0].length ?? 0;
  const fields = readDateLine({ text: rest.text.slice(join), start: rest.start + join, end: rest.end });
  return fields !== undefined && fields.bylines.length === 0 && !fields.rest;
}

/**
 * A section or document-type label in sentence case, as enterprise and government newsrooms print it over or beside
 * the date ("Press release", "Network news", "Media statement"): a capitalised word, then one or two in lower case.
 */
const SENTENCE_CASE_LABEL = /^\p{Lu}\p{Ll}+(?:\s\p{Ll}+){1,2}$/u;
/**
 * A separator closing what precedes a date ("Press release |", "Press release|"): a meta row's pipe, dot or slash, not
 * a dash, which a sentence may run on with ("El plan - 28 nov 2026").
 */
const SEPARATOR_END = /[|·•/]\s*$/u;

/**
 * A short capitalised label before a date ("HyperDrive |", "TECHNOLOGY |"), or one in sentence case ("Press release |")
 * when a separator or nothing but the date follows it ("Work began on 8 June" runs into its date through a word): a
 * section name, not body text.
 */
export function isSectionLabel(lead: string): boolean {
  const label = lead.replace(TRAILING_JOIN, '');
  if (isLabel(label)) return true;
  return SENTENCE_CASE_LABEL.test(label) && (label === lead.trim() || SEPARATOR_END.test(lead));
}

/** Header furniture after a date (a reading time, a comment count), alone or after a section name ("Politics"). */
function isFurnitureTail(text: string): boolean {
  const cleaned = text.replace(LEADING_JOIN, '');
  if (isHeaderFurniture(cleaned)) return true;
  const words = cleaned.split(SPACES);
  for (let cut = 1; cut <= MAX_SECTION_WORDS && cut < words.length; cut++) {
    if (!isLabel(words.slice(0, cut).join(' '))) break;
    if (isHeaderFurniture(words.slice(cut).join(' '))) return true;
  }
  return false;
}

/** Short trailing text after a date that is not a sentence: a time zone, a category, a comment count. */
function isTail(text: string): boolean {
  const cleaned = text.replace(LEADING_JOIN, '');
  if (!cleaned || isTagList(cleaned) || isHeaderFurniture(cleaned) || HIJRI_TAIL.test(cleaned)) return true;
  if (PLACE_AND_ISSUER.test(cleaned)) return true;
  // The dateline after the stamp, as Tribune's pre-Arc template prints its dateline row: "June 14, 2016, 11:47 AM |
  // MARLOWE HARBOR, Mich." (the state's abbreviation ends on a dot, but it is a place, not a sentence).
  if (DATELINE.test(cleaned)) return true;
  return cleaned.split(SPACES).length <= TAIL_MAX_WORDS && !TAIL_END.test(cleaned);
}

/**
 * Reads a byline line, possibly with dates beside it ("By Lucia Brenner · May 14, 2024 | Updated May 15, 2024"):
 * every separated part must be a byline, a whole (optionally labelled) date or a comment count, and one a byline.
 */
function readParts(line: Line): HeaderLine | undefined {
  const result: HeaderLine = { bylines: [] };
  const parts = splitParts(line);
  // A bare "By" set apart by a dash credits the parts after it: "By — Ann Lee, Associated Press — Bo Roe, AP".
  const byFirst = parts.length > 1 && isBareByline(parts[0]?.text ?? '');
  for (const part of byFirst ? parts.slice(1) : parts) {
    const byline = readByline(byFirst ? afterBy(part) : part);
    if (byline) {
      result.bylines.push(...byline);
      continue;
    }
    // The photographer credited beside the writer ("Words by Ann Lee · Photography by Bo Roe") writes no text.
    if (isCountPart(part.text) || isPictureCredit(part.text)) continue;
    // An agency or site beside the byline ("By Ann Lee | Reuters – 1 hour ago") credits, it names no one.
    if (isCreditPart(part.text)) continue;
    // So does a labelled category or tag list beside it, as news CMSs print their post meta row ("by Communications
    // Office | Category: District News", "By Ann Lee | Filed under: Schools").
    if (isTagList(part.text)) continue;
    const label = DATE_LABEL.exec(part.text);
    const dateAt = label ? label[0].length : 0;
    const date = parseDate(part.text.slice(dateAt));
    if (!date) return undefined;
    // WordPress themes print the published and the updated date side by side, the second hidden by the theme's
    // style ("February 18, 2026 February 19, 2026"): a second whole date may follow the first.
    const rest = restOf(part, dateAt + date.length);
    if (rest && !isDateOnly(rest)) return undefined;
    const start = part.start + dateAt;
    const end = start + date.length;
    result.date ??= { iso: date.iso, text: part.text.slice(dateAt, dateAt + date.length), span: { start, end } };
  }
  return result.bylines.length > 0 ? result : undefined;
}

/** A part read as if "By" stood before it, its offsets unchanged (the names' spans still point into the line). */
function afterBy(part: Line): Line {
  return { text: `${BY_PREFIX}${part.text}`, start: part.start - BY_PREFIX.length, end: part.end };
}

/** A name in capitals: each word opens on one ("Ann Lee", "Mary-Kate O'Neil"), as a writer's is printed. */
const CAPITALISED_NAME = /^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s\p{Lu}[\p{L}\p{M}.'’-]*){1,3}$/u;

/**
 * A writer's name and their handle before the date, without "By" ("Ann Lee @annlee"): the handle says the name is a
 * person's, not a section's. Two to four capitalised words; the handle alone or a lower-case phrase names no one.
 */
function readHandledName(text: string, offset: number): MetaText[] | undefined {
  const handle = TRAILING_HANDLE.exec(text);
  if (!handle) return undefined;
  const name = text.slice(0, handle.index);
  if (!CAPITALISED_NAME.test(name) || !isNameShaped(name)) return undefined;
  return [{ text: name, span: { start: offset, end: offset + name.length } }];
}

/** A writer and agency without "By": "Pete Yost, Associated Press", "Ann Lee | Reuters". */
function readCreditedName(line: Line): MetaText[] | undefined {
  const match = CREDITED_NAME.exec(line.text);
  const name = match?.[1];
  if (!name || !isNameShaped(name) || !isCreditPart(line.text.slice(match[0].length))) return undefined;
  return [{ text: name, span: { start: line.start, end: line.start + name.length } }];
}

/** The parts of a line between separators (" · ", " | ", " — "), with their offsets. */
function splitParts(line: Line): Line[] {
  const parts: Line[] = [];
  let from = 0;
  const push = (to: number): void => {
    const text = line.text.slice(from, to);
    if (text) parts.push({ text, start: line.start + from, end: line.start + to });
  };
  for (const separator of line.text.matchAll(PART_SEPARATOR)) {
    push(separator.index);
    from = separator.index + separator[0].length;
  }
  push(line.text.length);
  return parts;
}

/** The trimmed text of `line` after `offset`, or undefined when only whitespace (or a separator) is left. */
function restOf(line: Line, offset: number): Line | undefined {
  const tail = line.text.slice(offset);
  const lead = LEADING_SPACE.exec(tail)?.[0].length ?? 0;
  const text = tail.slice(lead);
  if (!text || LONE_SEPARATOR.test(text)) return undefined;
  const start = line.start + offset + lead;
  return { text, start, end: start + text.length };
}
