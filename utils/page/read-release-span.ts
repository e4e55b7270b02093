import type { Line } from './split-lines';

/** A release's dateline opens its text: it is among the article's first lines (a pull quote or highlights above it). */
const DATELINE_MAX_LINE = 3;
/** A closing heading ("About Northwind Grid Inc.") names the issuer or product in a few words. */
const HEADING_MAX_WORDS = 8;

// A press wire's dateline tag, as the wires print it after the place and date: "/PRNewswire/ --",
// "/PRNewswire-HISPANIC/ --", "--(BUSINESS WIRE)--", "(GLOBE NEWSWIRE) --", "/EINPresswire.com/ --", "/CNW/ --",
// "(ACCESSWIRE) --", "(Newsfile Corp. - …) -", "/Newswire/ --". ACCESS Newswire (formerly ACCESSWIRE) sets its name
// between slashes before the date ("FORT WAYNE, IN / ACCESS Newswire / November 24, 2026 / …"), and news aktuell's ots
// feed (Presseportal in Germany, APA-OTS in Austria) writes "Hamburg (ots) - …", "Wien (OTS) - …", "(ots/PRNewswire)
// -". PRWeb's older releases set the date after the tag ("Denver, CO (PRWEB) November 24, 2026 --"); Asian wires write
// "TOKYO, Nov 24, 2026 - (JCN Newswire) -" (and ACN Newswire) and "HONG KONG SAR - Media OutReach Newswire - 24
// November 2026 -".
const WIRE_TAG =
  /\/\s*(?:PRNewswire(?:-[A-Za-z]+)*|EINPresswire\.com|CNW|Newswire\.ca)\s*\/\s*[-–—]|\(\s*(?:BUSINESS\s+WIRE|GLOBE\s+NEWSWIRE|ACCESSWIRE|NEWMEDIAWIRE|Newsfile\s+Corp\.[^)]{0,80}|Marketwired|PRWEB)\s*\)\s*[-–—]|\/\s*(?:ACCESS\s+Newswire|ACCESSWIRE)\s*\/\s*\p{L}+\.?\s+\d{1,2},\s+\d{4}\s*\/|\((?:ots|OTS)(?:\/[A-Za-z]+)?\)\s*[-–—]|\(\s*PRWEB\s*\)\s+\p{L}+\.?\s+\d{1,2},\s+\d{4}\s*[-–—]|\(\s*(?:JCN|ACN)\s+Newswire\s*\)\s*[-–—]|[-–—]\s*Media\s+OutReach(?:\s+Newswire)?\s*[-–—]/u;
// A newsroom's own release has no wire tag: its dateline (a place in capitals, a date with its year, a dash) runs
// into the release's verb ("JANESVILLE, Wis., Nov. 20, 2026 – Brightmeadow Foods today announced …"). A news story's
// dateline ("WASHINGTON, Nov. 3, 2026 — The Senate voted …") lacks the verb. An earnings release "today reported" its
// results ("SAN JOSE, Calif., Nov. 19, 2026 -- Corvan Systems, Inc. today reported financial results …"), as the
// results releases on investor-relations sites (Q4, Notified) open.
const NEWSROOM_DATELINE =
  /^\p{Lu}[\p{Lu}\s.'’-]{2,40},[^–—-]{0,40}\b\d{4}\s*(?:[–—]|--?)\s.{0,200}\b(?:today\s+(?:announced|reported)|(?:announced|reported)\s+today)\b/u;
// Where the release's own text ends and its boilerplate begins: the issuer's "About …" heading, the legal notice
// ("Forward-Looking Statements", "Safe Harbor Statement", "Cautionary Note Regarding …", Canadian issuers'
// "Forward-Looking Information", the note on non-GAAP or non-IFRS measures), or the end mark "###".
// The "About" heading in the languages of European wires and newsrooms: "Über die Stadtwerke Lindenau" (ots), "À
// propos de …", "Acerca de …", "Sobre …", "Informazioni su …".
const CLOSING_HEADING =
  /^(?:(?:about|über|à\s+propos\s+d(?:e|u|es)|acerca\s+de|sobre|informazioni\s+su)\s+\S.*|à\s+propos\s+d['’]\S.*|(?:forward[-\s]looking|safe\s+harbou?r)\s+(?:statements?|information)\b.*|(?:use\s+of\s+)?non[-\s](?:gaap|ifrs)\s+(?:financial\s+)?(?:measures?|information)\b.*|cautionary\s+(?:note|statement|language)s?\b.*|special\s+note\s+regarding\s+forward[-\s]looking.*)$/iu;
const END_MARK = /^(?:#\s*){3}$|^-\s*(?:30|ends?)\s*-$/iu;

/** True for a release's end mark on its own line: "###", "-30-", "- ends -". */
export const isReleaseEndMark = (text: string): boolean => END_MARK.test(text);
// A heading, not a sentence: no closing stop ("About 40 workers joined the plant." is the story's).
const SENTENCE_END = /[.!?]["'”’]?$/u;
// …unless the stop closes the company's legal form: "About Northwind Grid Inc.", "About Acme Co., Ltd.".
const LEGAL_FORM_END = /\b(?:Inc|Corp|Co|Ltd|LLC|L\.P|S\.A|N\.V|B\.V|plc|AG|SE|GmbH|S\.p\.A|A\/S|ASA|AB|Oyj)\.$/iu;
const SPACES = /\s+/;

/** Where a release's text starts and ends among an article's lines (`end` exclusive). */
export interface ReleaseSpan {
  start: number;
  end: number;
}

/**
 * True when a line opens on a press release's dateline: a wire's tag ("BOSTON, Nov. 17, 2026 /PRNewswire/ --", "Hamburg
 * (ots) -") or a newsroom's dateline running into "today announced".
 */
export function opensOnReleaseDateline(text: string): boolean {
  return WIRE_TAG.test(text) || NEWSROOM_DATELINE.test(text);
}

function isClosingHeading(text: string): boolean {
  if (END_MARK.test(text)) return true;
  return (
    CLOSING_HEADING.test(text) &&
    (!SENTENCE_END.test(text) || LEGAL_FORM_END.test(text)) &&
    text.split(SPACES).length <= HEADING_MAX_WORDS
  );
}

/**
 * The part of an article that is a press release's own text: from the line carrying a wire's dateline tag ("BOSTON,
 * Nov. 17, 2026 /PRNewswire/ -- …") or a newsroom's dateline running into "today announced", to the last line before
 * the issuer's boilerplate ("About …", the forward-looking statements, "###"), under which come contacts, the
 * "SOURCE" tag and the wire's notes. A pull quote or a highlights box
 * above the dateline is the release's furniture. The whole article when no wire dateline opens it: a news story that
 * ends on "About the author" or quotes a release keeps its lines.
 */
export function readReleaseSpan(lines: readonly Line[]): ReleaseSpan {
  const whole = { start: 0, end: lines.length };
  const start = lines.slice(0, DATELINE_MAX_LINE).findIndex((line) => opensOnReleaseDateline(line.text));
  if (start < 0) return whole;
  for (let i = start + 1; i < lines.length; i++) if (isClosingHeading(lines[i]?.text ?? '')) return { start, end: i };
  return { start, end: lines.length };
}
