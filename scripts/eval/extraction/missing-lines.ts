/**
 * Debug helper: prints gold article lines that readPage's article text does not contain (what costs recall).
 * Usage: npx tsx scripts/eval/extraction/missing-lines.ts ID [ID…]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { readPage } from '../../../utils/dom/read-page';

const DATA = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'data', 'dragnet-train');
const truth = JSON.parse(readFileSync(join(DATA, 'ground-truth.json'), 'utf8')) as Record<
  string,
  { articleBody: string }
>;
const squash = (text: string): string => text.replace(/\W+/g, ' ').trim().toLowerCase();
for (const id of process.argv.slice(2)) {
  const html = gunzipSync(readFileSync(join(DATA, 'html', `${id}.html.gz`))).toString('utf8');
  const reading = readPage(parseHTML(html).document as unknown as Document);
  const ours = squash(reading.text.slice(0, reading.options.commentsStart));
  const missing = (truth[id]?.articleBody ?? '')
    .split('\n')
    .filter((line) => squash(line) && !ours.includes(squash(line)));
  console.log(`## ${id}: ${missing.length} gold lines missing`);
  for (const line of missing.slice(0, 8)) console.log(`   ${line.trim().slice(0, 140)}`);
}
