import type { Comment } from '../model';
import { extractTerms } from './extract-terms';
import type { ReplyCandidate } from './reply-candidate';
import type { Overlap } from './score-overlaps';
import { authorKey } from './author-key';

/** `@name` anywhere is an explicit address. */
const AT_CONFIDENCE = 0.9;
/** A first line that is only an earlier author's name ("yrraL" above the text) addresses them. */
const NAME_LINE_CONFIDENCE = 0.85;
/** "Name, …" or "Name: …" opening the comment. */
const NAME_OPENING_CONFIDENCE = 0.8;
/**
 * A line merely starting with the name ("M. Okafor thanks, …"): the name could be an ordinary word ("Mark my
 * words"), so this needs the exact spelling, a name that is not only stop words, and gets a little less.
 */
const NAME_START_CONFIDENCE = 0.7;
/** The same pattern on a later line of the comment: still an address, a little less certain. */
const LATER_LINE_FACTOR = 0.85;
/** Longest name (words) tried at the start of a line: user names with spaces are short ("finally rich"). */
const MAX_NAME_WORDS = 3;

const AT_NAME = /@([\p{L}\p{N}_.-]+(?:\s+[\p{L}\p{N}_.-]+){0,2})/gu;
const OPENING = /^(.{1,60}?)\s*[,:;—–-]\s/u;
const TRAILING_PUNCT = /[\s.,:;!?—–-]+$/u;
const SPACES = /\s+/;

/**
 * Finds an earlier author addressed by name: `@name` anywhere, a line that is just the name, or a line opening with
 * "Name," / "Name:". Names match case-insensitively. When that author wrote several earlier comments, the one the
 * reply shares most words with wins, else the latest. `authorIndex` maps lower-cased names to their earlier comments;
 * `authors` holds every comment's lower-cased author.
 */
export function findAddressed(
  comments: readonly Comment[],
  index: number,
  authorIndex: ReadonlyMap<string, readonly number[]>,
  overlaps: readonly Overlap[],
  authors: readonly string[],
): ReplyCandidate | undefined {
  const comment = comments[index];
  if (!comment) return undefined;
  const own = authorKey(comment);
  const lookup = (name: string): readonly number[] | undefined => {
    // Names may end in punctuation ("Ricardo P."), and a sentence may put punctuation after a name: try both.
    const raw = name.trim().toLowerCase();
    const key = raw.replace(TRAILING_PUNCT, '');
    if (!key || key === own || raw === own) return undefined;
    return authorIndex.get(raw) ?? authorIndex.get(key);
  };
  const pick = (earlier: readonly number[], name: string, confidence: number, how: string): ReplyCandidate => {
    const latest = earlier[earlier.length - 1] ?? 0;
    const byOverlap = overlaps.find((o) => authors[o.parent] === authors[latest]);
    const parent = byOverlap?.parent ?? latest;
    return { parent, confidence, evidence: 'addressed', reason: `${how}${name.trim()}` };
  };

  for (const [line, paragraph] of comment.paragraphs.entries()) {
    const factor = line === 0 ? 1 : LATER_LINE_FACTOR;
    for (const match of paragraph.text.matchAll(AT_NAME)) {
      // Try the longest run of words first, so "@finally rich" finds "finally rich" before "finally".
      const words = (match[1] ?? '').split(SPACES);
      for (let n = words.length; n >= 1; n--) {
        const name = words.slice(0, n).join(' ');
        const earlier = lookup(name);
        if (earlier) return pick(earlier, name.replace(TRAILING_PUNCT, ''), AT_CONFIDENCE, 'addresses @');
      }
    }
    const text = paragraph.text.trim();
    // Only the first few words are ever read (and whether there are more): no need to split a long paragraph.
    const words = text.split(SPACES, MAX_NAME_WORDS + 1);
    const whole = words.length <= MAX_NAME_WORDS ? lookup(text) : undefined;
    if (whole) return pick(whole, text, NAME_LINE_CONFIDENCE * factor, 'addresses ');
    const opening = OPENING.exec(text)?.[1];
    const earlier = opening && opening.split(SPACES).length <= MAX_NAME_WORDS ? lookup(opening) : undefined;
    if (opening && earlier) return pick(earlier, opening, NAME_OPENING_CONFIDENCE * factor, 'addresses ');
    for (let n = Math.min(MAX_NAME_WORDS, words.length - 1); n >= 1; n--) {
      const name = words.slice(0, n).join(' ');
      const found = lookup(name);
      const written = comments[found?.[found.length - 1] ?? -1]?.author.text.trim();
      const exact = written !== undefined && (written === name || written === name.replace(TRAILING_PUNCT, ''));
      if (found && exact && extractTerms(name).length > 0) {
        return pick(found, name.replace(TRAILING_PUNCT, ''), NAME_START_CONFIDENCE * factor, 'addresses ');
      }
    }
  }
  return undefined;
}
