import { readHeaderLine } from './read-header-line';

/**
 * The title Korean papers print right after the writer's name in the byline row: "김서진 기자" (reporter), "특파원"
 * (correspondent), "선임기자", "논설위원", "객원기자", "인턴기자". A script without capitals, so the byline reader's tail
 * test (a capital or digit after the name) cannot see it.
 */
const TITLE = /^\s+(?:(?:선임|객원|인턴|수습)?기자|특파원|논설위원|전문기자)(?=\s|$)/u;

/**
 * True for the tail of a byline row after the declared name that is a Korean reporter's title, alone or followed by
 * the row's stamps only ("김서진 기자 입력 2019-05-14 03:00:00 수정 2019-05-14 03:00:00", as Dong-A and other dailies
 * set the row under the headline). Anything else after the title ("기자 회견에서 …") is a sentence.
 */
export function isKoreanReporterTail(tail: string): boolean {
  const title = TITLE.exec(tail);
  if (!title) return false;
  const text = tail.slice(title[0].length).trim();
  if (text === '') return true;
  const fields = readHeaderLine({ text, start: 0, end: text.length });
  return fields?.date !== undefined && fields.bylines.length === 0 && fields.rest === undefined;
}

/**
 * A Korean writer's name as a byline row opens on it: two to four Hangul syllables, after the place the story was
 * filed from and "=" ("신안=김서진"), as Korean papers sign.
 */
const KOREAN_NAME = /^(?:[\p{Script=Hangul}]{2,6}=)?[\p{Script=Hangul}]{2,4}(?=\s)/u;

/**
 * True for a Korean byline row with no metadata to name the writer: a name, the reporter's title and nothing but the
 * row's stamps after it ("김서진 기자 입력 2019-05-14 03:00:00 수정 2019-05-14 03:00:00"). Not the prose around it: a
 * sentence naming a reporter goes on with words ("김서진 기자는 …" has no space before the particle).
 */
export function isKoreanBylineRow(text: string): boolean {
  const name = KOREAN_NAME.exec(text);
  return name !== null && isKoreanReporterTail(text.slice(name[0].length));
}
