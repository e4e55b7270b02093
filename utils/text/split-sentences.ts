import type { TextSpan } from '../model';
import { AMBIGUOUS_ABBREVIATIONS, NUMBER_ABBREVIATIONS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from './abbreviations';
import { findQuotedRanges } from './find-quoted-ranges';

/**
 * A candidate end: a run of terminators (". ! ? …", spaced ". . ."), any closing quotes or brackets, then white
 * space. Group 1 is the terminator run, group 2 the closers; the match ends where the next sentence starts.
 */
const CANDIDATE_END = /([.!?…]+(?:[ \u00a0][.!?…]+)*)(["'”’»)\]]*)[ \t\u00a0\u2009\u202f]+(?=\S)/g;
/** Characters of the word just before a period (letters, digits, inner dots: "U.S", "a.m", "Gen", "5"). */
const WORD_CHAR = /[\p{L}\p{N}.'’-]/u;
/** The word just after a boundary, after any opening quotes or brackets. Sticky: read in place, never on a slice. */
const WORD_AFTER = /["'“‘«([]*([\p{L}\p{N}]*)/uy;
const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}?$/u;
const SINGLE_LETTER = /^\p{Lu}$/u;
const LIST_NUMBER = /^\d{1,3}$/;
const DIGIT_START = /^\p{N}/u;
const LOWER_START = /^\p{Ll}/u;
const LINE = /[^\r\n]+/g;
const NON_SPACE = /\S/;

/**
 * Splits text into sentences. Each sentence's `text` equals `text.slice(start - offset, end - offset)`: pass the
 * text's own position as `offset` (a paragraph's `start`) to get offsets into the whole input. Line breaks always end
 * a sentence; text without final punctuation still gives its last sentence.
 */
export function splitSentences(text: string, offset = 0): TextSpan[] {
  const sentences: TextSpan[] = [];
  if (typeof text !== 'string') return sentences;
  for (const line of text.matchAll(LINE)) splitLine(line[0], line.index, offset, sentences);
  return sentences;
}

function splitLine(line: string, lineAt: number, offset: number, out: TextSpan[]): void {
  const quoted = findQuotedRanges(line);
  let quote = 0;
  let start = firstNonSpace(line, 0);
  if (start < 0) return;
  for (const match of line.matchAll(CANDIDATE_END)) {
    const terminators = match[1] ?? '';
    const end = match.index + terminators.length + (match[2]?.length ?? 0);
    const next = match.index + match[0].length;
    while (quoted[quote] && quoted[quote]!.end <= match.index) quote++;
    const range = quoted[quote];
    if (range && range.start < match.index && next < range.end) continue;
    if (!endsSentence(line, start, match.index, terminators, next)) continue;
    push(out, line, start, end, lineAt + offset);
    start = next;
  }
  push(out, line, start, line.trimEnd().length, lineAt + offset);
}

/** Decides whether the terminator run at `at` ends the sentence that began at `start`. */
function endsSentence(line: string, start: number, at: number, terminators: string, next: number): boolean {
  WORD_AFTER.lastIndex = next;
  const nextWord = WORD_AFTER.exec(line)?.[1] ?? '';
  // "“Why?” he asked." and "approx. five": a lower-case continuation keeps the sentence going.
  if (LOWER_START.test(nextWord)) return false;
  if (terminators !== '.') return true;
  const word = line.slice(wordStart(line, start, at), at);
  const key = word.toLowerCase().replace(/^['’-]+/, '');
  if (TITLE_ABBREVIATIONS.has(key)) return false;
  if (NUMBER_ABBREVIATIONS.has(key) && DIGIT_START.test(nextWord)) return false;
  // "1. Buy milk": a list number opening the sentence is not a sentence of its own.
  if (LIST_NUMBER.test(word) && start + word.length === at) return false;
  const starter = SENTENCE_STARTERS.has(nextWord.toLowerCase());
  if (AMBIGUOUS_ABBREVIATIONS.has(key) || DOTTED_ACRONYM.test(key) || SINGLE_LETTER.test(word)) return starter;
  return true;
}

/** Scans back from `at` over word characters; a regex anchored at the end would rescan the whole sentence. */
function wordStart(line: string, start: number, at: number): number {
  let i = at;
  while (i > start && WORD_CHAR.test(line[i - 1] ?? '')) i--;
  return i;
}

function push(out: TextSpan[], line: string, start: number, end: number, base: number): void {
  if (end <= start) return;
  out.push({ text: line.slice(start, end), start: base + start, end: base + end });
}

function firstNonSpace(line: string, from: number): number {
  const found = NON_SPACE.exec(line.slice(from));
  return found ? from + found.index : -1;
}
