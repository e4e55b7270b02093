/**
 * Debug helper: prints what readPage makes of one Dragnet page (system, article lines, comments) next to the gold
 * text's start. Usage: npx tsx scripts/eval/extraction/show-page.ts ID [--gold]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { findComments } from '../../../utils/dom/comments/find-comments';
import { readPage } from '../../../utils/dom/read-page';

const DATA = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'data', 'dragnet-train');
const id = process.argv[2] ?? '';
const html = gunzipSync(readFileSync(join(DATA, 'html', `${id}.html.gz`))).toString('utf8');
const doc = parseHTML(html).document as unknown as Document;
const found = findComments(doc);
console.log(
  'system:',
  found?.system,
  'comments:',
  found?.comments.length,
  'region:',
  found?.region.tagName,
  found?.region.id,
  found?.region.className,
);
const reading = readPage(doc);
const start = reading.options.commentsStart ?? reading.text.length;
console.log('--- article ---\n' + reading.text.slice(0, start).slice(0, 3000));
console.log('--- comments ---\n' + reading.text.slice(start).slice(0, 2000));
if (process.argv.includes('--gold')) {
  const gold = (
    JSON.parse(readFileSync(join(DATA, 'ground-truth.json'), 'utf8')) as Record<
      string,
      { articleBody: string; comments: string }
    >
  )[id];
  console.log('--- gold article ---\n' + gold?.articleBody.slice(0, 3000));
  console.log('--- gold comments ---\n' + gold?.comments.slice(0, 2000));
}
