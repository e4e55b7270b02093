import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const FIREFOX_BUILD = join(ROOT, '.output', 'firefox-mv3');

interface LintReport {
  summary: { errors: number; warnings: number };
  errors: { code: string; message: string; file?: string }[];
  warnings: { code: string; message: string; file?: string }[];
}

describe('web-ext lint (Firefox build)', () => {
  it('should report no errors', () => {
    if (!existsSync(join(FIREFOX_BUILD, 'manifest.json'))) {
      throw new Error(`no build in ${FIREFOX_BUILD}: run \`npm run build\` first (npm test does)`);
    }
    const run = spawnSync(
      join(ROOT, 'node_modules', '.bin', 'web-ext'),
      ['lint', '--source-dir', FIREFOX_BUILD, '--output', 'json', '--no-input'],
      { encoding: 'utf8' },
    );
    const report = JSON.parse(run.stdout) as LintReport;
    // Warnings are printed for the record: Preact's own innerHTML use is one, and is not page text.
    for (const warning of report.warnings) console.log(`[web-ext lint] warning ${warning.code} in ${warning.file}`);
    expect(report.errors).toEqual([]);
  });
});
