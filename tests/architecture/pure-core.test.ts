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

/**
 * The adapters are the only part of utils/ allowed to touch the environment: utils/dom/ reads a Document it is given
 * (defaulting to the live one), utils/browser/ wraps extension APIs (storage, messaging). The rest is the pure core.
 */
const ADAPTER_DIRS = [join('utils', 'dom'), join('utils', 'browser')];
const isAdapter = (path: string): boolean => ADAPTER_DIRS.some((dir) => path.startsWith(dir));

const sources = listSources(CORE).map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));

describe('pure core (utils/)', () => {
  it('should have sources to check', () => {
    expect(sources.length).toBeGreaterThan(0);
  });

  it.each(sources.filter(({ path }) => !isAdapter(path)))(
    '$path should not import browser, extension or UI modules',
    ({ text }) => {
      const imports = [...text.matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]/g)].map(
        (m) => m[1] ?? m[2] ?? '',
      );
      const bad = imports.filter((name) => FORBIDDEN_IMPORTS.some((pattern) => pattern.test(name)));
      expect(bad).toEqual([]);
    },
  );

  it.each(sources.filter(({ path }) => !isAdapter(path)))('$path should not reference browser globals', ({ text }) => {
    const code = codeOnly(text);
    // A bare identifier, not a property (`x.document`) nor an object key (`document:`) nor a type-only name.
    const bad = FORBIDDEN_GLOBALS.filter((name) => new RegExp(`(?<![.\\w$])${name}(?![\\w$]|\\s*:)`).test(code));
    expect(bad).toEqual([]);
  });
});
