import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** The declarations of the first top-level rule whose selector is exactly `selector`. */
function declarations(css: string, selector: string): Map<string, string> {
  const rule = new RegExp(`(?:^|\\})\\s*${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\{([^}]*)\\}`).exec(css);
  const found = new Map<string, string>();
  for (const part of (rule?.[1] ?? '').split(';')) {
    const colon = part.indexOf(':');
    if (colon > 0)
      found.set(
        part.slice(0, colon).trim(),
        part
          .slice(colon + 1)
          .trim()
          .replace(/\s+/g, ' '),
      );
  }
  return found;
}

describe('panel and options stylesheets', () => {
  // WXT resets the shadow host with `all: initial !important`, so text settings on :host never reach the panel.
  it.each([
    ['components/panel.css', '.sl-panel'],
    ['components/options/options.css', 'body'],
  ])('should set the font and colour on the root element of %s (%s)', (path, selector) => {
    const rule = declarations(read(path), selector);
    expect(rule.get('font-family')).toMatch(/^system-ui,.*sans-serif$/);
    expect(rule.get('font-size')).toMatch(/^\d+px$/);
    expect(rule.get('line-height')).toMatch(/^\d+px$/);
    expect(rule.get('color')).toBe('var(--sl-fg)');
  });

  it('should not rely on inherited font settings from :host', () => {
    const host = declarations(read('components/palette.css'), ':root,\n:host');
    expect(host.size).toBeGreaterThan(0);
    expect([...host.keys()].filter((name) => !name.startsWith('--'))).toEqual([]);
    expect(read('components/panel.css')).not.toMatch(/:host\b/);
  });

  // One palette: a colour defined again in a page's own stylesheet would drift from the other page's.
  it.each([
    ['components/panel.css', 'entrypoints/panel.content/index.tsx'],
    ['components/options/options.css', 'entrypoints/options/main.tsx'],
  ])('should take its colours from the shared palette only (%s)', (path, entrypoint) => {
    expect(read(path).match(/--sl-[\w-]+\s*:/g)).toBeNull();
    expect(read(entrypoint)).toContain("import '../../components/palette.css';");
  });

  it('should define every colour the stylesheets use, in light and dark', () => {
    const palette = read('components/palette.css');
    const defined = palette.match(/--sl-[\w-]+(?=\s*:)/g) ?? [];
    const used = new Set(
      ['components/panel.css', 'components/options/options.css'].flatMap(
        (path) => read(path).match(/(?<=var\()--sl-[\w-]+/g) ?? [],
      ),
    );
    expect(used.size).toBeGreaterThan(5);
    for (const name of used) expect(defined.filter((d) => d === name)).toHaveLength(2);
  });

  // At 380 px a one-line stub cut its reasons to "Col…": they get their own lines instead.
  it('should let the reasons of a noise stub wrap', () => {
    const rule = declarations(read('components/panel.css'), '.sl-comment__card--stub .sl-comment__reasons');
    expect(rule.size).toBeGreaterThan(0);
    expect(rule.get('white-space')).toBeUndefined();
    expect(rule.get('-webkit-line-clamp')).toBe('2');
  });

  it('should take the default margin off the body inside the shadow root (the panel sat 8px off the edges)', () => {
    const rule = declarations(read('components/panel.css'), 'html,\nbody');
    expect(rule.get('margin')).toBe('0');
  });

  // Pages may set `html { font-size: 10px }`; rem (and em chains) would follow them.
  it.each(['components/panel.css', 'components/options/options.css', 'components/palette.css'])(
    'should use no rem or em lengths in %s',
    (path) => {
      expect(read(path).match(/[\d.]r?em\b/g)).toBeNull();
    },
  );
});
