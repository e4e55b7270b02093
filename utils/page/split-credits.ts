import type { MetaText } from '../model';
import type { Line } from './split-lines';

/** The credit sentence, copyright notice and publisher a closing line carries (each absent when not there). */
export interface Credits {
  credits?: MetaText;
  copyright?: MetaText;
  publisher?: MetaText;
}

// "© Copyright 2023 The Associated Press.", "Copyright 2023 Reuters.", "(c) 2021-2023 Foo Media Inc." — at the start
// of the line or right after a sentence, never mid-sentence ("the copyright 2023 law").
const COPYRIGHT =
  /(?:^|(?<=[.!?"”]\s*))(?:©|\(c\)|copyright\b)\s*(?:copyright\b\s*)?(?:©\s*)?(\d{4})(?:\s*[-–]\s*\d{4})?,?\s+([^.]+)/iu;
const CREDIT_END = /\bcontributed(?:\s+to\s+this\s+(?:report|story|article))?\.?$/i;
// "Reporting by …; Editing by …", "--Editing by …" (a legal wire's double dash), and the editor's line under a
// European broadcaster's story ("Edited by: Ann Lee").
const CREDIT_START = /^(?:[-–—]{1,2}\s*)?(?:with\s+)?(?:additional\s+)?(?:reporting|writing|editing|edited)\s+by\b/i;
// The contributors' label USA TODAY Network papers (Gannett) close a story with: "Contributing: Ann Lee, USA TODAY;
// The Associated Press". The label and its colon open the line; prose never does.
const CONTRIBUTING = /^contributing\s*:\s*\S/i;
// Australasian and Irish papers close with a dash and no "by": "- Additional reporting RNZ", "— With additional
// reporting from AAP", "Additional reporting: Reuters". A capitalised name, "from" or a colon must follow (case
// matters, so no `i` flag), since prose can open "Additional reporting requirements …".
const ADDED_REPORTING = /^(?:[-–—]\s*)?(?:[Ww]ith\s+)?[Aa]dditional\s+reporting(?:\s+(?:from\b|\p{Lu})|\s*:)/u;
/**
 * The agencies a story was written with, in brackets as the story's last line: "(FRANCE 24 with AFP)", "(AFP,
 * Reuters)", "(with AP)", and with the editors' initials before it, "ab/rc (dpa, Reuters)". An agency is a name in
 * capitals or one of the few written otherwise; a bracketed line of prose has lower-case words.
 */
const AGENCY = String.raw`(?:\p{Lu}{2,8}|Reuters|dpa|Kyodo|Yonhap|Jiji|Xinhua|Lusa|Bloomberg|Anadolu|Belga|Keystone-ATS|(?:La\s+)?Presse\s+[Cc]anadienne|(?:The\s+)?Canadian\s+Press|(?:The\s+)?Associated\s+Press)`;
const AGENCY_CREDIT = new RegExp(
  String.raw`^(?:\p{Ll}{1,4}(?:\/\p{Ll}{1,4}){1,3}\s*)?\((?:with\s+)?(?:[\p{Lu}\d][\p{L}\d .'’-]{0,30}?\s+with\s+)?${AGENCY}(?:\s*(?:,|and|&|\/)\s*${AGENCY})*\)\.?$`,
  'u',
);
/**
 * The same credit without brackets, as French-language papers sign a story written with an agency's copy: "Avec AFP",
 * "Avec La Presse Canadienne", "— With AP", "Mit dpa", "Con EFE". The agency must end the line: "Avec AFP, le
 * ministre …" is prose. Capitalised, so a sentence's "with AP" never counts; after a dash also in lower case, as
 * Australian papers (News Corp, Australian Community Media, Nine) close a story written with the wire's copy: "- with
 * AAP", "— with Reuters" (a dash and "with" open no sentence).
 */
const WITH_AGENCY = new RegExp(
  String.raw`^(?:(?:[-–—]\s*)?(?:With|Avec|Mit|Con|Com)|[-–—]\s*(?:with|avec|mit|con|com))\s+${AGENCY}(?:\s*(?:,|and|et|und|y|e|&|\/)\s*${AGENCY})*\.?$`,
  'u',
);
// "Associated Press journalists …" names the publisher when no copyright notice does.
const CREDIT_PUBLISHER =
  /^(?:the\s+)?(\p{Lu}[\p{L}&.' -]*?)\s+(?:journalists?|writers?|reporters?|correspondents?|staff)\b/iu;

/** Splits a closing line into credits ("… contributed.") and a copyright notice glued to it; undefined if neither. */
export function splitCredits(line: Line): Credits | undefined {
  const notice = COPYRIGHT.exec(line.text);
  const creditEnd = notice ? notice.index : line.text.length;
  const creditText = line.text.slice(0, creditEnd).trimEnd();
  const isCredit =
    creditText.length > 0 &&
    (CREDIT_END.test(creditText) ||
      CREDIT_START.test(creditText) ||
      CONTRIBUTING.test(creditText) ||
      ADDED_REPORTING.test(creditText) ||
      AGENCY_CREDIT.test(creditText) ||
      WITH_AGENCY.test(creditText));
  if (!notice && !isCredit) return undefined;
  if (notice && creditText && !isCredit) return undefined;
  const result: Credits = {};
  if (isCredit) {
    result.credits = { text: creditText, span: { start: line.start, end: line.start + creditText.length } };
    const named = CREDIT_PUBLISHER.exec(creditText)?.[1];
    if (named) result.publisher = { text: named, span: spanOf(line, creditText.indexOf(named), named) };
  }
  if (notice) {
    const text = line.text.slice(notice.index);
    result.copyright = { text, span: spanOf(line, notice.index, text) };
    const holder = notice[2]?.trim();
    if (holder)
      result.publisher = { text: holder, span: spanOf(line, line.text.indexOf(holder, notice.index), holder) };
  }
  return result;
}

function spanOf(line: Line, offset: number, text: string): { start: number; end: number } {
  return { start: line.start + offset, end: line.start + offset + text.length };
}
