import { isForeignListenLine } from './is-foreign-listen-line';
import { isChromeLine, isCommentChrome } from './is-chrome-line';
import { isClockDayStamp } from './is-clock-day-stamp';
import { isCountedReadTime } from './is-counted-read-time';
import { isWordedCountRow } from './is-worded-count-row';
import { isForeignCountPart } from './is-foreign-count-part';
import { isUncasedLabel } from './is-uncased-label';
import { isScriptViewCount } from './script-view-count';
import { isLabelledViewCount } from './labelled-view-count';
import { isTextLengthPart } from './is-text-length-part';
import { isMetaRow } from './is-meta-row';

/** An agency or staff-title line ("Associated Press", "AP Television Writer") has at most this many words. */
const CREDIT_MAX_WORDS = 4;
/** A tag or category list under the headline has at most this many words; longer, body text ran into it. */
const TAG_LIST_MAX_WORDS = 20;

const SPACES = /\s+/;
const SENTENCE_END = /[.!?:;,…。！？"”]$/u;
const TAIL_END = /[.!?;:…"”]$/u;
// Separates the parts of a furniture line: "The Associated Press – 1 hour ago".
// Also a slash, as a broadcaster's stamp runs on: "Updated on: … / 2:12 PM EST / CBS News".
const PART_SEPARATOR = /\s+[|·•–—/-]\s+/gu;
const LEADING_JOIN = /^\s*(?:[|·•,–—/-]\s*)*/u;
// Parts that may sit beside a byline: a comment count ("17 Comments", "Discuss (0)"), a relative time.
const COMMENT_COUNT = /^(?:(?:\d+|no)\s+comments?|(?:comments?|discuss)\s*\(\d*\))$/iu;
// The trackback and pingback tally a blog engine prints beside the comment count in an entry's meta row ("By Ann Lee
// on May 3, 2011 9:37 PM | Permalink | Comments (3) | TrackBacks (1)", Movable Type and TypePad; "2 Pingbacks"). Only
// beside a byline or another part: alone on a line it heads the trackback list, which the comment finder reads.
const TRACKBACK_COUNT = /^(?:(?:\d+|no)\s+(?:trackbacks?|pingbacks?)|(?:trackbacks?|pingbacks?)\s*\(\d*\))$/iu;
// Other counters beside a byline: "80 views", "1.2k shares".
// In Cyrillic, the count after or before its word: "Просмотров: 12 480", "Переглядів: 8 215", "4 312 прочитания",
// "1 250 прегледа" (digits grouped with spaces).
const VIEW_COUNT =
  /^[\d.,]+k?\s+(?:views|reads|shares)$|^(?:просмотр\p{L}*|переглядів|прегледа|прочитания)\s*:?\s*\d[\d\s.,]*$|^\d[\d\s.,]*\s+(?:просмотр\p{L}*|переглядів|перегляд\p{L}*|прочитания|прегледа)$/iu;
// A time of day beside a byline and date: "1:13 pm", "08:26 PM EDT".
const TIME_PART = /^\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$/iu;
const EMPTY_COUNT = /\(0?\)$/u;
// An aggregator's compact age beside its byline: "Story by Ann Lee • 3h • 4 min read" (MSN), "2d ago", "45m". Only as
// a part beside a byline: alone on a line it could be anything.
const COMPACT_AGE = /^\d{1,2}\s?(?:m|min|h|hr|hrs|d)(?:\s+ago)?$/iu;
// A relative time: "1 hour 14 minutes ago", and with the count spelled, as Reuters stamped its stories of 2017-2019
// ("November 7, 2018 / 9:18 PM / a day ago", "… / an hour ago"); the units cut short too, as Yahoo! News stamped the
// agency copy it carried in 2010-2013 ("Associated Press – 1 hr 14 mins ago", "… – 35 mins ago").
const RELATIVE_TIME =
  /^(?:\d+|an?|one)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?)(?:\s+\d+\s+(?:minutes?|mins?|seconds?|secs?))?\s+ago$/iu;
// Wire agencies and staff titles, alone on a line: "Press Association", "AP Television Writer", "JIJI", "PTI", "Staff
// Writer", also with the publication after a comma ("Senior Reporter, HuffPost") or a desk in possessive ("Women's
// football news reporter"). A regional desk too, as Zimbabwean and other Southern and East African papers print it
// under the writer's name ("Masvingo Bureau", "Harare Bureau").
const CREDIT_LINE =
  /^(?:the\s+)?(?:associated press|ap|reuters|afp|agence france-presse|press association|pa|bloomberg|dpa|xinhua|upi|canadian press|aap|ansa|efe|kyodo|jiji|yonhap|pti|ians|bernama|antara|anadolu|tass)(?:\s+\p{L}+)?$|^[\p{L}'’&\s-]*\b(?:writer|correspondent|reporter|editor|columnist|contributor|bureau)s?(?:,\s+[\p{L}\p{N}.'’&\s-]{1,40})?$/iu;
// A bare count (comments, shares, views) left by a widget beside the byline: "0", "17", also with its thousands grouped
// as a view counter prints it ("1,284", "12.480": tagDiv's Newspaper theme, WordPress post-views plugins).
const COUNT_LINE = /^(?:\d{1,5}|\d{1,3}(?:[,.]\d{3}){1,2})$/u;
// Where the story came from, labelled, beside the byline: "From: Daily Mail", "Source: Reuters" (a short name).
const SOURCE_LABEL = /^(?:from|source|via)\s*:\s*(\S.*)$/iu;
// A row of such counts from a rating or share widget: "0 (0) 0".
const COUNT_ROW = /^\(?\d{1,5}\)?(?:\s+\(?\d{1,5}\)?){1,3}$/u;
// Share buttons written as text: "Tweet this", "Share", "Email", "Print this article", "Share on Facebook", "Print|".
const SOCIAL_LINE =
  /^(?:(?:tweet|share|like|email|e-mail|print|pin|recommend|save|permalink|trackback|copy\s+link|gift(?:\s+this)?\s+article|copy|link(?:\s+copied!?)?|x|threads|bluesky|messenger|telegram|facebook|twitter|linkedin|whatsapp|reddit|pinterest|flipboard)(?:\s+(?:this|it|story|article|this\s+(?:story|article|post)))?(?:\s+(?:on|via)\s+\p{L}+)?\s*(?:\(\d+\))?\s*[|/·•]?\s*)+$/iu;
// Reading aids above the text: "5 min read", "Listen to this article", "Listen · 4:12", and a player's bare length
// under its "Listen" label ("4 min", "3:52").
// Also as other languages label it: "Temps de lecture 3 min.", "Lesezeit: 4 Min.", "Tiempo de lectura: 3 min", and
// French with the time after or before: "Lecture de 4 min", "Lecture : 4 minutes.", "4 min de lecture"; Italian with
// the minutes as words or a prime, as business dailies print it: "3 minuti di lettura", "3' di lettura". English and
// Russian with a label, as reading-time plugins print it: "Estimated reading time: 4 minutes", "Read time: 3 min",
// "Reading time: about 6 minutes", "Примерное время чтения: 3 минуты"; and "4-minute read".
const READ_TIME =
  /^\d+[\s-]*(?:min(?:ute)?s?|hours?)\.?\s+read$|^\d+\s*(?:['’′]|min(?:uti|\.)?)\s*di\s+lettura$|^lecture(?:\s+de|\s*:)?\s*\d+\s*min(?:utes?)?\.?$|^\d+\s*min(?:utes?|\.)?\s+de\s+lecture\.?$|^(?:temps de lecture|lesezeit|lesedauer|tiempo de lectura|tempo de leitura|tempo di lettura|leestijd|lästid|(?:estimated\s+|approx(?:imate|\.)\s+)?(?:reading|read)\s+time|(?:примерное\s+)?время\s+(?:чтения|на\s+прочтение))\s*:?\s*(?:about\s+|~\s*)?\d+\s*(?:min(?:ut[eao]s?|\.)?|мин(?:ут[аы]?|\.)?)\.?$/iu;
const DURATION = /^\d+\s*(?:mins?|minutes?)\.?$|^\d{1,2}:\d{2}(?:\s*mins?\.?)?$/iu;
// The voice credit of a text-to-speech player under its "Listen" label: "Voiced by Amazon Polly", "Narrated by Ann
// Lee", the text-to-speech vendor "Powered by AudioCraft"; also after the player's length when its label is a button
// the text leaves out: "3 min Powered by AudioCraft" (a short name, never a sentence).
const VOICED = /^(?:\d+\s*(?:mins?|minutes?)\.?\s+)?(?:voiced|narrated|powered)\s+by\s+[^.!?]{1,40}$/iu;
// A video's title with its length, as a lead player prints it over the text: "Watch: Why clinics close 03:41", the
// length often glued to the title; a time of day after "at" or "from" is a schedule ("Watch: the vote at 10:30").
const WATCH =
  /^(?:[Ww]atch|WATCH|[Vv]ideo|VIDEO)\s*:\s*[\p{Lu}'‘"“].{0,150}?(?<!\d|\b(?:at|from|until|to|by|before|after)\s?)\(?\d{1,2}:\d{2}(?::\d{2})?\)?$/u;
// The player's own controls may follow the label as text: "Listen to this article 00:00 4:12 Loading... 1x".
const LISTEN =
  /^listen(?:\s+to\s+(?:this\s+)?(?:article|story|episode))?(?:\s*[(·|•–—-]?\s*\d+(?::\d{2}|\s*min(?:ute)?s?)\)?)?(?:[.:]?\s+\S.{0,60}\b(?:audio|podcasts?|app)\b.{0,40})?(?:\s+(?:\d{1,2}:\d{2}|loading(?:\.{3}|…)?|\d(?:\.\d\d?)?x|play|pause))*$/iu;
// A calendar widget's pieces: "Friday", "Oct", "Oct192012" (the day number alone is a count line).
// Also a day and month without a year, as broadcasters stamp today's stories: "Sat 28 Nov", "28 November".
const CALENDAR =
  /^(?:(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+)?\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?(?:\s*\d{1,2}\s*,?\s*\d{4})?)$/iu;
// The categories a post is filed in, then counts: "In Networking, Personal Branding | 1 Comment".
const FILED_IN = /^(?:(?:posted|filed|published)\s+)?in\s+/iu;
const LIST_SEPARATOR = /\s*,\s*/u;
// A section or category name: "HyperDrive", "Future Thinking", "TECHNOLOGY", "Tech & Science" (capitalised words).
const LABEL = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}'’-]*){0,2}$/u;
// No letter or digit at all: a lone "/" or "|" left between header fields.
const NO_WORDS = /^[^\p{L}\p{N}]+$/u;
// An agency credited as the writer: "By REUTERS", "By The Associated Press".
const BY = /^by\s+/iu;
// A tag or category list under the headline: "| Tags: harbour, storms", "Filed under: Local".
// Also "Tagged // a, b", "Explore related topics: a, b", "Social Media Tags: a, b" (a short qualifier first), and the
// section an info list names under the headline: "Section: Business", "Newspaper section: News".
const TAG_LINE =
  /^(?:[|·•]\s*)?(?:(?:explore\s+)?(?:related\s+)?topics|(?:[\p{L}]+\s+){0,2}tags|tagged|filed under|categor(?:y|ies)|(?:newspaper\s+|print\s+)?section)\s*(?::|\/\/)/iu;
// Breadcrumbs: "Attractions » City Guide » Food"; a comment tally beside the headline: "Comments:8".
const CRUMB_SEPARATOR = /\s+[»›]\s+/u;
const COMMENT_TALLY = /^comments?\s*:\s*\d+$/iu;
// A broadcaster's newsroom and desk in a byline's role line: "BBC News, Somerset", "Sky News" (case kept). Not "The
// News", the heading a sectioned story opens on (Semafor's "The News" / "Know More"). Also the partner newsroom a public
// radio station prints under the reporter's name when it runs a collaborative's or news service's story ("Ann Lee" /
// "Heartland Health Desk", "Kansas News Service", "Harbor Public Media", "Gulf States Newsroom"): a name ending on the
// newsroom's kind, capitalised.
const NEWSROOM =
  /^(?!The\s+News\b)(?:(?:\p{Lu}[\p{L}]*\s+){1,2}News(?:\s+Service)?|(?:\p{Lu}[\p{L}'’&-]*\s+){1,3}(?:Desk|Newsroom|Public\s+(?:Media|Radio)))(?:,\s+\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,2})?$/u;
// A newspaper named alone or beside the byline: "The Washington Post", "Financial Times", a chain paper under its
// writer's name ("Riverton Courier", "USA TODAY NETWORK") (case kept: "fake news" is not a title). The title's last
// word may be joined to another by a hyphen, as many US papers are named ("Green Bay Press-Gazette", "St. Louis
// Post-Dispatch", "Star-Ledger", "Sun-Times").
const PUBLICATION =
  /^(?:The\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:\p{Lu}\p{Ll}+-)?(?:Post|Times|Journal|Tribune|Herald|Gazette|Telegraph|Guardian|Star|Chronicle|Globe|Independent|Observer|Standard|Examiner|Inquirer|Courier|Enquirer|Dispatch|Register|Sentinel|Ledger|Courant|Bee|Press|Republic|Citizen|Democrat|Bulletin|Mercury|Record)$|^USA TODAY(?: NETWORK)?$/u;
// An author link beside the byline: "View all posts by Ann Lee".
const AUTHOR_LINK = /^(?:view|see|read|more)\s+(?:all\s+)?(?:posts|articles|stories)\s+by\b/iu;
const TRAILING_COMMA = /\s*,$/u;
// A site named as the byline's affiliation: "By Allen Bernard | CIO.com".
const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|co\.uk|uk)$/iu;
// The writer's address beside the byline: "By Ann Lee | alee@paper.example | The Paper".
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;
// A section named in sentence case with "&" ("Finance & economics", "Middle East & Africa").
const SECTION_PAIR = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+&\s+\p{L}[\p{L}'’-]*$/u;
// The photographer's line of a role-labelled byline block, as Nordic and German templates print it under the
// writer's ("Text Erik Lindqvist" / "Foto Anna Ek", "Photo: Ann Lee", "Bild: Ann Lee"): a label, then a name. A
// photo-led feature credits its photographer so under the writer's byline ("Photographs by Ann Lee", as magazines such
// as National Geographic print it; "Photos by", "Photography by"), and a lead picture's credit names whom the
// photographer worked for ("Photograph by Ann Lee for T Brand Studio", "Photographs by Ann Lee for The New York
// Times", as newspapers and their brand studios credit a commissioned photographer). Long-form magazines credit the
// cover's illustrator so under the writer ("Illustration by Ann Lee", "Illustrations: Ann Lee").
const PHOTO_BYLINE =
  /^(?:[Pp]hotos?|PHOTOS?|[Pp]hotographs?|[Pp]hotography|[Ii]llustrations?|ILLUSTRATIONS?|[Ff]otos?|FOTOS?|[Ff]otografie|[Bb]ild(?:er)?|[Zz]djęcia|[Фф]ото)(?:\s+[Bb]y)?\s*:?\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}(?:\s+for\s+(?:[Tt]he\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,4})?$/u;
// A photo credit under the lead image, source and photographer joined by a slash with no space: "KOMPAS.com/ANN
// LEE", "Reuters/Ann Lee" (a byline line was read before this is asked).
const SLASH_CREDIT = /^[\p{L}\p{N}.&'’ -]{2,40}\S\/\p{Lu}[\p{L}.'’ -]{1,40}$/u;
/** Words in a flytitle at most: a short phrase without sentence punctuation. */
const KICKER_MAX_WORDS = 4;
const CAPITAL_START = /^\p{Lu}/u;
// The writer's name with a social handle beside it, without "By" ("Jordan Pell @jpell"), as an author row shows it.
/** Where the writer filed from, under the byline: "Reporting from Marston, Ohio", "Reporting from London and Paris". */
const REPORTING_FROM = /^[Rr]eporting from \p{Lu}[\p{L}.'’-]*(?:(?:,\s*|\s+|\s+and\s+)\p{Lu}[\p{L}.'’-]*){0,5}$/u;
/**
 * A US place alone under the headline, as a government or press page prints where a speech was given: "Long Beach, CA",
 * "Washington, DC". The state as its postal code (not PA, which also credits the Press Association: "Ann Lee, PA").
 */
const PLACE_LINE =
  /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3},\s(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])$/u;
const NAME_HANDLE = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s+@\w{2,30}$/u;
// Where the story ran in print, on the date row of a magazine's header: "A version of this story appeared in Volume
// 104, Issue 38", "This article appeared in the December 2026 issue". The story naming itself, never a quote's source.
const PRINT_NOTE =
  /^(?:a version of this (?:article|story|review|column|report)|this (?:article|story|piece)(?: originally| first)?) appear(?:s|ed) in\b.{1,100}$/iu;

// Who checked the story, on its own line under the byline (health and science templates): "Medically Reviewed by
// Priya Raman, MD on November 25, 2026", "Fact-checked by Jo Roe", and a broadcaster's editor ("Edited By Ann Lee").
// A reviewer, not a writer; never a sentence.
// Indonesian portals print their desk editor so in the credit row under the writer: "Editor Ann Lee", "Editor: Ann
// Lee" (two to four capitalised words: "Editor Picks" is a rail's heading).
const REVIEWER_LINE =
  /^(?:[Mm]edically\s+|[Cc]linically\s+)?(?:[Rr]eviewed|[Ff]act[- ][Cc]hecked|[Ee]dited)\s+[Bb]y\s+\p{Lu}[^!?]{1,100}(?<!\.)$|^Editor\s*:?\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
// An academic writer's institution beside the name, as explainer sites credit it: "Ann Lee, University of Oslo",
// "Li Wei, Imperial College London" (case kept: "the university" in prose is not a credit).
const INSTITUTION =
  /^(?:The\s+)?(?:\p{Lu}[\p{L}.'’&-]*\s+){0,3}(?:University|College|Institute|Polytechnic)(?:\s+(?:of\s+)?\p{Lu}[\p{L}.'’-]*){0,3}$/u;

// A stamp in Chinese, Japanese or Korean: a label ("입력", "수정", "송고", "发布时间", "更新", "配信") and a date with
// its time ("송고 2026-11-27 14:05", "2026年11月27日 14時05分", "入力 2026.11.27 14:05 수정 2026.11.27 15:21").
const CJK_STAMP_PART = String.raw`(?:(?:입력|수정|송고|기사입력|최종수정|업데이트|등록|发布时间|發布時間|更新时间|更新時間|发布|發布|發佈|时间|時間|公開|更新|配信)\s*[:：]?\s*)?\d{4}\s*[.\-/年]\s*\d{1,2}\s*[.\-/月]\s*\d{1,2}\s*日?\.?(?:\s*[(（]?[월화수목금토일月火水木金土日一二三四五六]?[)）]?)?(?:\s*(?:午前|午後|上午|下午|오전|오후)?\s*\d{1,2}\s*[:時时]\s*\d{2}\s*分?(?::\d{2})?)?(?:\s*(?:입력|수정|송고|更新|配信|发布|發布))?`;
const CJK_STAMP = new RegExp(String.raw`^(?:${CJK_STAMP_PART}[\s|·]*){1,3}$`, 'u');
// A byline in Chinese, Japanese or Korean: a Korean name and "기자" (reporter), with the address after it ("김민준 기자
// mjkim@yna.co.kr"), or "记者" / "記者" and a name or two ("记者 陈晓雨", "記者：林怡君、王小明").
const CJK_BYLINE =
  /^(?:\p{Script=Hangul}{2,4}\s?기자(?:\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?|(?:记者|記者)\s*[:：]?\s*\p{Script=Han}{2,4}(?:\s*[、 ]\s*\p{Script=Han}{2,4}){0,3})$/u;

/**
 * Agency and staff-title lines, share buttons, counts and tag lists inside the header; a line of several such parts
 * ("The Associated Press – 1 hour ago", "· 17 Comments") too.
 */
export function isHeaderFurniture(text: string): boolean {
  if (PHOTO_BYLINE.test(text) || (SLASH_CREDIT.test(text) && text.split(SPACES).length <= CREDIT_MAX_WORDS + 2))
    return true;
  if (isTagList(text) || isBreadcrumb(text) || COMMENT_TALLY.test(text) || NO_WORDS.test(text)) return true;
  // A blog post's meta row: its date, comment count and categories between bars (`isMetaRow`).
  if (isMetaRow(text)) return true;
  // A separator may lead the aid when it is its own span after the date ("March 21, 2023" "· 4 min read").
  const aid = text.replace(LEADING_JOIN, '');
  if (READ_TIME.test(aid) || DURATION.test(text) || LISTEN.test(text) || CALENDAR.test(text)) return true;
  // Counts before a reading time ("3 2,318 2 minutes read"), and a reading time in an African language.
  if (isCountedReadTime(text, (rest) => READ_TIME.test(rest))) return true;
  // Worded counts in a row with no separator, as icons part them on the page ("4 comments 1.2K views 3 minutes read").
  if (isWordedCountRow(text, isCountPart)) return true;
  if (VOICED.test(text) || WATCH.test(text) || isClockDayStamp(text) || isForeignListenLine(text)) return true;
  if (BY.test(text) && isCreditPart(text.replace(BY, ''))) return true;
  if (
    isCategoryList(text) ||
    NAME_HANDLE.test(text) ||
    REVIEWER_LINE.test(text) ||
    REPORTING_FROM.test(text) ||
    PLACE_LINE.test(text)
  )
    return true;
  if (PRINT_NOTE.test(text) || CJK_STAMP.test(text) || CJK_BYLINE.test(text)) return true;
  // A comment count or control alone on a line may open the comment section: that is for the comment finder.
  const line = text.replace(LEADING_JOIN, '');
  // "· 17 Comments" (a widget beside the byline) and "Comments ()" (none yet) are not section openers.
  if (isCommentChrome(line) || (COMMENT_COUNT.test(text) && !EMPTY_COUNT.test(text))) return false;
  // A view counter whose word and number a dash parts ("කියවූ වාර ගණන - 3,482").
  if (isScriptViewCount(line)) return true;
  const parts = line.split(PART_SEPARATOR);
  // Section labels in a row ("Leadership · CEOs", "Markets | Commodities"): a kicker, not a title.
  if (parts.length > 1 && parts.every(isLabel)) return true;
  // A section in sentence case and the story's flytitle ("Finance & economics | Safe as bullion"): the section
  // names itself with "&", a title does not.
  if (parts.length === 2 && SECTION_PAIR.test(parts[0] ?? '') && isKicker(parts[1] ?? '')) return true;
  return parts.every((part) => {
    return (
      (isShort(part) && (CREDIT_LINE.test(part) || PUBLICATION.test(part) || NEWSROOM.test(part))) ||
      (isShort(part) && SOURCE_LABEL.test(part)) ||
      COUNT_LINE.test(part) ||
      COUNT_ROW.test(part) ||
      COMMENT_COUNT.test(part) ||
      (parts.length > 1 && TRACKBACK_COUNT.test(part)) ||
      RELATIVE_TIME.test(part) ||
      // A time of day beside other parts ("/ 2:12 PM EST / CBS News"); alone, the date line's second half is left be.
      (parts.length > 1 && TIME_PART.test(part)) ||
      SOCIAL_LINE.test(part) ||
      isScriptViewCount(part) ||
      isLabelledViewCount(part) ||
      isTextLengthPart(part) ||
      isChromeLine(part)
    );
  });
}

/**
 * A part beside a byline that names no one: a count ("17 Comments", "TrackBacks (1)", "80 views"), a time of day or
 * reading time.
 */
export function isCountPart(text: string): boolean {
  return (
    COMMENT_COUNT.test(text) ||
    TRACKBACK_COUNT.test(text) ||
    RELATIVE_TIME.test(text) ||
    VIEW_COUNT.test(text) ||
    isLabelledViewCount(text) ||
    TIME_PART.test(text) ||
    READ_TIME.test(text) ||
    COMPACT_AGE.test(text) ||
    AUTHOR_LINK.test(text) ||
    isForeignCountPart(text)
  );
}

/**
 * An agency, site, the writer's address or institution credited beside a byline ("Reuters", "CIO.com",
 * "alee@paper.example", "University of Oslo").
 */
export function isCreditPart(text: string): boolean {
  const part = text.replace(TRAILING_COMMA, '');
  return (
    isShort(part) &&
    (CREDIT_LINE.test(part) ||
      DOMAIN.test(part) ||
      PUBLICATION.test(part) ||
      EMAIL.test(part) ||
      NEWSROOM.test(part) ||
      INSTITUTION.test(part))
  );
}

/** "Tags: harbour, storms", but not a paragraph the page ran on after its tag label ("Filed under: News The …."). */
export function isTagList(text: string): boolean {
  return TAG_LINE.test(text) && !TAIL_END.test(text) && text.split(SPACES).length <= TAG_LIST_MAX_WORDS;
}

/**
 * "In Networking, Personal Branding | 1 Comment": capitalised categories after "in", then only counts; on a site in a
 * caseless script, its categories in that script ("in ሀገራዊ ዜና", `isUncasedLabel`).
 */
function isCategoryList(text: string): boolean {
  const filed = FILED_IN.exec(text);
  if (!filed) return false;
  const [list = '', ...rest] = text.slice(filed[0].length).split(PART_SEPARATOR);
  const counts = (part: string): boolean => isCountPart(part) || SOCIAL_LINE.test(part);
  return list.split(LIST_SEPARATOR).every((item) => isLabel(item) || isUncasedLabel(item)) && rest.every(counts);
}

/** A capitalised label of one to three words ("Smartphones", "Tech & Science"): a section or category name. */
export function isLabel(text: string): boolean {
  return LABEL.test(text);
}

/** A flytitle: a short capitalised phrase, no sentence ("Safe as bullion"). */
function isKicker(text: string): boolean {
  return CAPITAL_START.test(text) && text.split(SPACES).length <= KICKER_MAX_WORDS && !SENTENCE_END.test(text);
}

/** A part short enough to be a credit, a site name or a breadcrumb, and not a sentence. */
function isShort(text: string): boolean {
  return text.split(SPACES).length <= CREDIT_MAX_WORDS && !SENTENCE_END.test(text);
}

/** "City Guide » Food » Restaurants": two or more short parts between "»" or "›". */
function isBreadcrumb(text: string): boolean {
  const parts = text.split(CRUMB_SEPARATOR);
  return parts.length > 1 && parts.every(isShort);
}
