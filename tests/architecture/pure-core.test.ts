import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const CORE = join(ROOT, 'utils');

/** Browser and extension globals the core must never reach for: environment objects are parameters. */
const FORBIDDEN_GLOBALS = [
  'window',
  'document',
  'browser',
  'chrome',
  'navigator',
  'localStorage',
  'sessionStorage',
  'location',
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
];
const FORBIDDEN_IMPORTS = [/^wxt(\/|$)/, /^#imports$/, /^preact(\/|$)/, /^webextension-polyfill$/, /^@wxt-dev\//];

function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listSources(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** Blanks out comments and string/template literals so words inside them are not mistaken for code. */
function codeOnly(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\/\/[^\n]*/g, ' ')
    .replace(/'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, '""');
}

/** The DOM adapter (utils/dom/) reads a Document it is given and may default to the live one; the rest may not. */
const ADAPTER_DIR = join('utils', 'dom');

const sources = listSources(CORE).map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));

describe('pure core (utils/)', () => {
  it('should have sources to check', () => {
    expect(sources.length).toBeGreaterThan(0);
  });

  it.each(sources)('$path should not import browser, extension or UI modules', ({ text }) => {
    const imports = [...text.matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]/g)].map(
      (m) => m[1] ?? m[2] ?? '',
    );
    const bad = imports.filter((name) => FORBIDDEN_IMPORTS.some((pattern) => pattern.test(name)));
    expect(bad).toEqual([]);
  });

  it.each(sources.filter(({ path }) => !path.startsWith(ADAPTER_DIR)))(
    '$path should not reference browser globals',
    ({ text }) => {
      const code = codeOnly(text);
      // A bare identifier, not a property (`x.document`) nor an object key (`document:`) nor a type-only name.
      const bad = FORBIDDEN_GLOBALS.filter((name) => new RegExp(`(?<![.\\w$])${name}(?![\\w$]|\\s*:)`).test(code));
      expect(bad).toEqual([]);
    },
  );
});
