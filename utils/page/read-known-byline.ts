import type { MetaText } from '../model';
import { parseDate } from './parse-date';
import type { HeaderLine } from './read-header-line';
import type { Line } from './split-lines';

/** A byline line is at most this many words; longer, it is a sentence that opens with the writer's name. */
const KNOWN_BYLINE_MAX_WORDS = 14;
/** A declared name shorter than this (characters) is too weak a signal to claim a line ("AP"). */
const NAME_MIN_CHARS = 5;

// The credit word before the name: "By Ann Lee …", or the role label of a byline block that credits writer and
// photographer apart ("Text Erik Lindqvist", "Tekst: Ola Nordmann", "Words Ann Lee"), or a role label with its colon
// as an info list prints it under the headline ("Writer: Ann Lee", "Author: Ann Lee", "Reporter: Ann Lee").
const BY = /^(?:(?:by|text|tekst|texto|texte|words)\s*:?|(?:writer|author|reporter)s?\s*:)\s+/iu;
// What may follow the name on a byline line: a staff title or outlet ("Contributing Reporter", "BBC Sport at …"), a
// date glued on by the page's markup ("Ann LeeNov. 27, 2026"), or a separator (a slash before the city: "Ann Lee /
// İzmir"). A lower-case word ("Ann Lee said …") makes it a sentence.
const TAIL_START = /^(?:$|[\p{Lu}\p{N}|·•,–—(-]|\s+[\p{Lu}\p{N}|·•,–—(/-])/u;
const SENTENCE_END = /[.!?;:…"”]$/u;
const SPACES = /\s+/;
// Where a date may start in the tail: its start (glued on), or after a space or separator.
const WORD_START = /(?:^|[\s,|·•(])(?=[\p{L}\p{N}])/gu;

/**
 * Reads a header line that opens with a writer the page's metadata names (`known`, from JSON-LD or `<meta
 * name="author">`), with or without "By", followed by a staff title, an outlet or a date, often glued on by sibling
 * elements the page lays out apart ("By Ann LeeNov. 27, 2026 Updated 6:05 am", "Ann Lee Contributing Reporter").
 * Undefined when no known name opens the line or the line reads as a sentence.
 */
export function readKnownByline(line: Line, known: readonly string[]): HeaderLine | undefined {
  if (known.length === 0 || SENTENCE_END.test(line.text)) return undefined;
  if (line.text.split(SPACES).length > KNOWN_BYLINE_MAX_WORDS) return undefined;
  const skip = BY.exec(line.text)?.[0].length ?? 0;
  const text = line.text.slice(skip);
  const lower = text.toLowerCase();
  for (const name of known) {
    const trimmed = name.trim();
    if (trimmed.length < NAME_MIN_CHARS || !lower.startsWith(trimmed.toLowerCase())) continue;
    const tail = text.slice(trimmed.length);
    if (!TAIL_START.test(tail)) continue;
    const start = line.start + skip;
    const byline: MetaText = { text: text.slice(0, trimmed.length), span: { start, end: start + trimmed.length } };
    const result: HeaderLine = { bylines: [byline] };
    const tailStart = start + trimmed.length;
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
