/**
 * Debug helper: for the pages in a `--dump` file, prints which comment reader fired on the dev-split pages where
 * comments were wrongly reported or scored low. Usage: npx tsx scripts/eval/extraction/list-systems.ts DUMP.json
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { findComments } from '../../../utils/dom/comments/find-comments';
import { findCommentRegion } from '../../../utils/dom/find-comment-region';

const DATA = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'data', 'dragnet-train');
interface Row {
  id: string;
  dev: boolean;
  hasGoldComments: boolean;
  reportedComments: boolean;
  comments?: { precision: number; recall: number };
}
const rows = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as Row[];
for (const row of rows.filter((r) => r.dev)) {
  const wrong = !row.hasGoldComments && row.reportedComments;
  const low = row.comments && Math.min(row.comments.precision, row.comments.recall) < 0.7;
  if (!wrong && !low) continue;
  const html = gunzipSync(readFileSync(join(DATA, 'html', `${row.id}.html.gz`))).toString('utf8');
  const doc = parseHTML(html).document as unknown as Document;
  const found = findComments(doc);
  const region = found ? undefined : findCommentRegion(doc);
  const where = found
    ? `${found.system} n=${found.comments.length}`
    : region
      ? `region ${region.tagName}#${region.id}.${region.className}`
      : '-';
  const score = row.comments ? `P ${row.comments.precision.toFixed(2)} R ${row.comments.recall.toFixed(2)}` : 'no gold';
  console.log(`${row.id}\t${wrong ? 'WRONG' : 'LOW'}\t${score}\t${where}`);
}
