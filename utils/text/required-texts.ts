/**
 * Required texts of a regular expression: a few strings, one of which is in every text the expression matches.
 * A table of a few hundred line patterns tests a line against each only when the line holds one of its strings, so
 * most patterns never run on a page; the first run of a pattern is what costs (V8 compiles it then), not the test.
 *
 * The reading is conservative: any syntax it does not follow gives no required texts (the pattern always runs), and
 * under the `i` flag only letters whose case is plain (ASCII, or caseless scripts) are taken as literals.
 */

/** Most strings a piece may stand for before it stops counting as a literal: `[Ss]ubs(?:titutes)?` is two. */
const MAX_EXACT = 16;

/** What a piece of a pattern says about the text it matches. */
interface Facts {
  /** Every string the piece can match, when there are few: a literal, a small class, an alternation of literals. */
  exact?: readonly string[];
  /** Strings one of which is in every match of the piece. */
  required?: readonly string[];
}

/** Thrown inside the reader on syntax it does not follow; caught by `requiredTexts`. */
class Unread extends Error {}

/** Class escapes and other escapes that stand for many characters or none. */
const WIDE_ESCAPE = /^[dDsSwWpPbBk1-9]$/;
/** Control escapes that stand for one character. */
const CONTROL_ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', 0: '\0' };

/**
 * A text folded the way an `i` pattern's literals are: lower case, and long ſ as s, the one letter outside ASCII that
 * matches an ASCII letter under `iu` without lower-casing to it (the Kelvin sign lower-cases to k).
 */
export function foldForMatch(text: string): string {
  return text.toLowerCase().replace(/ſ/g, 's');
}

/** A character as a literal of the pattern, or undefined when case-insensitive matching makes it unsafe to use. */
function literal(character: string, ignoreCase: boolean): string | undefined {
  if (!ignoreCase) return character;
  if (character.charCodeAt(0) < 0x80) return character.toLowerCase();
  return character.toLowerCase() === character && character.toUpperCase() === character ? character : undefined;
}

/** The best candidate: the one whose shortest string is longest, then the one with fewer strings. */
function best(candidates: readonly (readonly string[] | undefined)[]): readonly string[] | undefined {
  let chosen: readonly string[] | undefined;
  let score = 0;
  for (const candidate of candidates) {
    if (!candidate || candidate.length === 0) continue;
    const shortest = Math.min(...candidate.map((text) => text.length));
    if (shortest > score || (shortest === score && chosen && candidate.length < chosen.length)) {
      chosen = candidate;
      score = shortest;
    }
  }
  return chosen;
}

/** Strings one of which is in every match of a piece. */
function needed(facts: Facts): readonly string[] | undefined {
  return best([facts.exact, facts.required]);
}

/** The strings that hold no other of the list: a text holding "share this" holds "share", so one test does. */
function fewest(texts: readonly string[]): readonly string[] {
  return texts.filter(
    (text, index) => !texts.some((other, at) => at !== index && text.includes(other) && (other !== text || at < index)),
  );
}

/** Every concatenation of one string of each list, or undefined past `MAX_EXACT`. */
function cross(left: readonly string[], right: readonly string[]): string[] | undefined {
  if (left.length * right.length > MAX_EXACT) return undefined;
  // Most pieces are one literal character after another: join them without building sets.
  if (left.length === 1 && right.length === 1) return [left[0]! + right[0]!];
  const joined: string[] = [];
  for (const a of left) for (const b of right) if (!joined.includes(a + b)) joined.push(a + b);
  return joined;
}

/** A recursive-descent reader of a pattern's source, giving the facts of each piece. */
class Reader {
  private at = 0;

  constructor(
    private readonly source: string,
    private readonly ignoreCase: boolean,
    private readonly unicode: boolean,
  ) {}

  read(): Facts {
    const facts = this.disjunction();
    if (this.at !== this.source.length) throw new Unread();
    return facts;
  }

  private peek(): string | undefined {
    return this.source[this.at];
  }

  private disjunction(): Facts {
    const branches = [this.alternative()];
    while (this.peek() === '|') {
      this.at++;
      branches.push(this.alternative());
    }
    if (branches.length === 1) return branches[0]!;
    const count = branches.reduce((sum, branch) => sum + (branch.exact?.length ?? Infinity), 0);
    const exact = count <= MAX_EXACT ? [...new Set(branches.flatMap((branch) => branch.exact!))] : [];
    const needs = branches.map(needed);
    return {
      ...(exact.length > 0 ? { exact } : {}),
      ...(needs.every((need) => need) ? { required: [...new Set(needs.flatMap((need) => need!))] } : {}),
    };
  }

  /** A sequence: runs of literal pieces join into longer strings; the best run or required piece stands for all. */
  private alternative(): Facts {
    const candidates: (readonly string[] | undefined)[] = [];
    let run: readonly string[] = [''];
    let whole = true;
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const facts = this.term();
      const joined = facts.exact ? cross(run, facts.exact) : undefined;
      if (joined) {
        run = joined;
        continue;
      }
      whole = false;
      candidates.push(run, facts.required ?? facts.exact);
      run = facts.exact ?? [''];
    }
    candidates.push(run);
    const required = best(candidates);
    return { ...(whole ? { exact: run } : {}), ...(required ? { required } : {}) };
  }

  private term(): Facts {
    const atom = this.atom();
    const bounds = this.quantifier();
    if (!bounds) return atom;
    this.at += this.peek() === '?' ? 1 : 0;
    const [min, max] = bounds;
    if (min === 0 && max === 1 && atom.exact) return { exact: [...new Set(['', ...atom.exact])] };
    return min >= 1 ? { ...(needed(atom) ? { required: needed(atom) } : {}) } : {};
  }

  private quantifier(): [number, number] | undefined {
    const sign = this.peek();
    if (sign === '*' || sign === '+' || sign === '?') {
      this.at++;
      return sign === '*' ? [0, Infinity] : sign === '+' ? [1, Infinity] : [0, 1];
    }
    if (sign !== '{') return undefined;
    const bounds = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.source.slice(this.at));
    if (!bounds) throw new Unread();
    this.at += bounds[0].length;
    const min = Number(bounds[1]);
    return [min, bounds[2] ? (bounds[3] ? Number(bounds[3]) : Infinity) : min];
  }

  private atom(): Facts {
    const character = this.next();
    switch (character) {
      case '^':
      case '$':
        return { exact: [''] };
      case '.':
        return {};
      case '[':
        return this.characterClass();
      case '(':
        return this.group();
      case '\\':
        return this.escape();
      case undefined:
      case ')':
      case '|':
      case ']':
      case '{':
      case '}':
      case '*':
      case '+':
      case '?':
        throw new Unread();
      default:
        return this.one(character);
    }
  }

  private one(character: string): Facts {
    const text = literal(character, this.ignoreCase);
    return text === undefined ? {} : { exact: [text] };
  }

  private group(): Facts {
    const head = /^\?(?:[:=!]|<[=!]|<[\p{L}\p{N}_$]+>)/u.exec(this.source.slice(this.at))?.[0] ?? '';
    this.at += head.length;
    const facts = this.disjunction();
    if (this.source[this.at++] !== ')') throw new Unread();
    // A lookaround matches no text of its own.
    return /^\?<?[=!]$/.test(head) ? { exact: [''] } : facts;
  }

  private escape(): Facts {
    const character = this.source[this.at++];
    if (character === undefined) throw new Unread();
    if (character === 'b' || character === 'B') return { exact: [''] };
    if ((character === 'p' || character === 'P') && this.unicode) {
      const name = /^\{[^}]*\}/.exec(this.source.slice(this.at));
      if (!name) throw new Unread();
      this.at += name[0].length;
      return {};
    }
    if (character === 'k' && this.source[this.at] === '<') {
      this.at = this.source.indexOf('>', this.at) + 1;
      if (this.at === 0) throw new Unread();
      return {};
    }
    if (character === 'x' || character === 'u') return this.one(this.hexCharacter(character));
    if (character === 'c') throw new Unread();
    if (CONTROL_ESCAPES[character] !== undefined && !/\d/.test(this.source[this.at] ?? '')) {
      return this.one(CONTROL_ESCAPES[character]);
    }
    if (WIDE_ESCAPE.test(character) || /[\p{L}\p{N}]/u.test(character)) return {};
    return this.one(character);
  }

  /** The character of an `\\xHH`, `\\uHHHH` or `\\u{H…}` escape, read past its digits. */
  private hexCharacter(kind: string): string {
    const digits = (
      kind === 'x' ? /^[\da-f]{2}/i : this.unicode ? /^(?:[\da-f]{4}|\{[\da-f]{1,6}\})/i : /^[\da-f]{4}/i
    ).exec(this.source.slice(this.at))?.[0];
    if (!digits) throw new Unread();
    this.at += digits.length;
    return String.fromCodePoint(Number.parseInt(digits.replace(/[{}]/g, ''), 16));
  }

  /** The next character of the source: a whole code point under the `u` flag, else one UTF-16 unit. */
  private next(): string | undefined {
    const point = this.unicode ? this.source.codePointAt(this.at) : this.source.charCodeAt(this.at);
    if (point === undefined || Number.isNaN(point)) return undefined;
    const character = this.unicode ? String.fromCodePoint(point) : this.source[this.at]!;
    this.at += character.length;
    return character;
  }

  /** A class of a few plain characters is a literal (`[Ss]`, `[’']`); anything wider matches too much to count. */
  private characterClass(): Facts {
    const negated = this.peek() === '^';
    this.at += negated ? 1 : 0;
    const members = new Set<string>();
    let plain = !negated;
    while (this.peek() !== ']') {
      let character = this.next();
      if (character === undefined) throw new Unread();
      if (character === '\\') {
        character = this.next();
        if (character === undefined) throw new Unread();
        if ((character === 'p' || character === 'P') && this.unicode) this.at = this.source.indexOf('}', this.at) + 1;
        if (this.at === 0) throw new Unread();
        if (/[\p{L}\p{N}]/u.test(character)) plain = false;
      } else if (character === '-' && members.size > 0 && this.peek() !== ']') {
        plain = false;
      }
      const text = literal(character, this.ignoreCase);
      if (text === undefined) plain = false;
      else members.add(text);
    }
    this.at++;
    return plain && members.size > 0 && members.size <= MAX_EXACT ? { exact: [...members] } : {};
  }
}

/**
 * Strings one of which every match of the pattern holds (folded with `foldForMatch` when the pattern has the `i`
 * flag), or undefined when nothing is required or the pattern's syntax is beyond this reader.
 */
export function requiredTexts(pattern: RegExp): readonly string[] | undefined {
  if (/[gyv]/.test(pattern.flags)) return undefined;
  try {
    const texts = needed(new Reader(pattern.source, pattern.ignoreCase, pattern.unicode).read());
    return texts && fewest(texts);
  } catch (error) {
    if (error instanceof Unread) return undefined;
    throw error;
  }
}
