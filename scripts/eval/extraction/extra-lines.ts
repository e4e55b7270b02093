/**
 * Debug helper: prints the article lines readPage keeps that the gold article does not contain (what costs
 * precision), for dev-split pages listed in a `--dump` file with precision below 0.9.
 * Usage: npx tsx scripts/eval/extraction/extra-lines.ts DUMP.json [MAX_PAGES]
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
const rows = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as {
  id: string;
  dev: boolean;
  article: { precision: number };
}[];
const max = Number(process.argv[3] ?? 30);
const squash = (text: string): string => text.replace(/\W+/g, ' ').trim().toLowerCase();
for (const row of rows.filter((r) => r.dev && r.article.precision < 0.9 && r.article.precision > 0.3).slice(0, max)) {
  const html = gunzipSync(readFileSync(join(DATA, 'html', `${row.id}.html.gz`))).toString('utf8');
  const reading = readPage(parseHTML(html).document as unknown as Document);
  const gold = squash(truth[row.id]?.articleBody ?? '');
  const lines = reading.text.slice(0, reading.options.commentsStart).split('\n');
  const extra = lines.filter((line) => squash(line).length > 0 && !gold.includes(squash(line)));
  console.log(`## ${row.id} P ${row.article.precision.toFixed(2)} (${extra.length}/${lines.length} extra)`);
  for (const line of extra.slice(0, 12)) console.log(`   ${line.slice(0, 140)}`);
}
