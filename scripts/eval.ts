/**
 * `npm run eval`: one command that prints all of Sidelight's quality figures. Each area has its own script in
 * scripts/eval/ (entities, summary, modern pages, extraction, threads); they run one after another so their timings do
 * not compete for the two cores, and one failing area does not hide the others.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const EVAL_DIR = join(import.meta.dirname, 'eval');
/** Order: cheapest first, so a quick look at the top of the output is already useful. */
const AREAS = ['threads', 'summary', 'entities', 'modern-pages', 'extraction'] as const;

const failed: string[] = [];
for (const area of AREAS) {
  const file = join(EVAL_DIR, `${area}.ts`);
  if (!existsSync(file)) continue;
  console.log(`\n=== ${area} ===`);
  const result = spawnSync('npx', ['tsx', file, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (result.status !== 0) failed.push(area);
}
if (failed.length > 0) {
  console.error(`\neval: ${failed.join(', ')} failed`);
  process.exitCode = 1;
}
