/**
 * Debug helper: writes our article text and the gold article text of each dev-split page into a folder (outside the
 * repo: the gold is AGPL evaluation data), as ID.ours.txt and ID.gold.txt, for reading failures side by side.
 * Usage: npx tsx scripts/eval/extraction/dump-texts.ts OUT_DIR [ID…]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { readPage } from '../../../utils/dom/read-page';

const DATA = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'data', 'dragnet-train');
const truth = JSON.parse(readFileSync(join(DATA, 'ground-truth.json'), 'utf8')) as Record<
  string,
  { articleBody: string }
>;
const out = process.argv[2] ?? '';
mkdirSync(out, { recursive: true });
const ids = process.argv.length > 3 ? process.argv.slice(3) : Object.keys(truth);
for (const id of ids) {
  const html = gunzipSync(readFileSync(join(DATA, 'html', `${id}.html.gz`))).toString('utf8');
  const reading = readPage(parseHTML(html).document as unknown as Document);
  writeFileSync(join(out, `${id}.ours.txt`), reading.text.slice(0, reading.options.commentsStart));
  writeFileSync(join(out, `${id}.gold.txt`), truth[id]?.articleBody ?? '');
}
