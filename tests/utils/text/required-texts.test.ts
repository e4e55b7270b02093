import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINE_PATTERNS as LINE_TABLES } from '../../../utils/dom/boilerplate/line-patterns';
import { foldForMatch, requiredTexts } from '../../../utils/text/required-texts';

/**
 * The sweep tries every table pattern (about 480) on every string of the suite's tests (thousands): 5–7 s on an idle
 * machine, past the suite's 20 s limit (UNIT_TIMEOUT_MS) when the machine is shared; a slow run is no failure of the property it checks.
 */
const SWEEP_TIMEOUT_MS = 90_000;

/** Every quoted string of the DOM tests: the line tables' examples and look-alikes, and many page lines besides. */
function suiteStrings(): string[] {
  const strings = new Set<string>();
  const visit = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.test.ts')) {
        for (const [, , text] of readFileSync(path, 'utf8').matchAll(/(['"`])((?:(?!\1)[^\\\n]|\\.){2,400})\1/g)) {
          strings.add(text!.replace(/\\(['"`\\])/g, '$1').trim());
        }
      }
    }
  };
  visit(join(import.meta.dirname, '../dom'));
  return [...strings];
}

/** Every code point but the lone surrogates, as one string. */
function everyCharacter(limit = 0x10ffff): string {
  const characters: string[] = [];
  for (let point = 0; point <= limit; point++) {
    if (point < 0xd800 || point > 0xdfff) characters.push(String.fromCodePoint(point));
  }
  return characters.join('');
}

describe('requiredTexts', () => {
  it.each([
    ['a literal', /^advertisement$/i, ['advertisement']],
    ['a literal kept in its case without `i`', /^Read More$/, ['Read More']],
    ['a one-letter class is that letter', /^[Ss]ponsored$/, ['Sponsored', 'sponsored']],
    ['an optional tail: the words every match holds', /^subs(?:titutes)?$/i, ['subs']],
    ['an optional middle gives both words', /^e-?mail$/i, ['email', 'e-mail']],
    ['an alternation of literals', /^(?:share|tweet|e-?mail)$/i, ['share', 'tweet', 'email', 'e-mail']],
    ['a text holding another is left out', /^(?:share|share this|reshare)$/i, ['share']],
    ['the longest piece of a sequence', /^by\s+[\w ]+, staff writer$/i, [', staff writer']],
    ['a repeated piece is still required', /^(?:ab)+c\d$/, ['ab']],
    ['a lookahead matches no text of its own', /^(?=.*x)foo$/, ['foo']],
    ['word boundaries join', /\bin\b the/, ['in the']],
    ['escapes read as their characters', /^\(ap\)\s*\u2014$/i, ['(ap)']],
    ['caseless scripts are literals under `i`', /^(?:広告|광고)$/iu, ['広告', '광고']],
    ['an astral character is one literal under `u`', /^a👍?b$/u, ['ab', 'a👍b']],
  ])('should give the texts: %s', (_name, pattern, expected) => {
    expect(requiredTexts(pattern)).toEqual(expected);
  });

  it.each([
    ['a branch that requires nothing', /^(?:advertisement|\d+)$/i],
    ['only classes and wildcards', /^\d+\s*.{0,20}$/],
    ['a letter whose case folds outside ASCII', /^ü$/iu],
    ['a starred piece', /^(?:more)*$/],
    ['a global pattern, whose `test` keeps state', /advert/g],
    ['syntax the reader does not follow', /^\cJ$/],
    ['an unclosed group (read from a string)', { source: '(ab', flags: '', ignoreCase: false, unicode: false }],
  ])('should give undefined for %s', (_name, pattern) => {
    expect(requiredTexts(pattern as RegExp)).toBeUndefined();
  });

  it(
    'should never leave out a line a table pattern matches, over the suite’s own examples',
    () => {
      const lines = suiteStrings();
      expect(lines.length).toBeGreaterThan(1000);
      const missed: string[] = [];
      for (const pattern of LINE_TABLES) {
        const texts = requiredTexts(pattern);
        if (!texts) continue;
        for (const line of lines) {
          const haystack = pattern.ignoreCase ? foldForMatch(line) : line;
          if (pattern.test(line) && !texts.some((text) => haystack.includes(text))) missed.push(`${pattern} ${line}`);
        }
      }
      expect(missed).toEqual([]);
    },
    SWEEP_TIMEOUT_MS,
  );

  it('should leave most line patterns something to look for', () => {
    const without = LINE_TABLES.filter((pattern) => requiredTexts(pattern) === undefined);
    expect(without.length).toBeLessThan(LINE_TABLES.length / 20);
  });
});

describe('foldForMatch', () => {
  it('should fold every character an `i` pattern matches to an ASCII letter onto that letter', () => {
    const all = everyCharacter();
    for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
      for (const flags of ['gi', 'giu']) {
        for (const match of all.match(new RegExp(letter, flags)) ?? []) {
          expect(foldForMatch(match), `${letter} /${flags} ${match}`).toBe(letter);
        }
      }
    }
  });

  it('should leave the caseless characters the tables use as literals matching only themselves', () => {
    const literals = new Set(
      LINE_TABLES.filter((pattern) => pattern.ignoreCase)
        .flatMap((pattern) => requiredTexts(pattern) ?? [])
        .flatMap((text) => [...text])
        .filter((character) => character.codePointAt(0)! >= 0x80),
    );
    expect(literals.size).toBeGreaterThan(10);
    const all = everyCharacter(0xffff);
    for (const literal of literals) {
      for (const flags of ['gi', 'giu']) {
        expect(all.match(new RegExp(literal, flags))).toEqual([literal]);
      }
    }
  });
});
