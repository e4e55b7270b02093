// Rewrites tests/fixtures/page-*/expected.json from the current segmenter. Run with
// `npx tsx tests/utils/page/regenerate-page-fixtures.ts`, then review the diff like code: every change is a change
// in behaviour.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { segmentPage } from '../../../utils/page/segment-page';
import { summarizeSegmentation } from './summarize-segmentation';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

for (const slug of readdirSync(FIXTURES).filter((name) => name.startsWith('page-'))) {
  const input = readFileSync(join(FIXTURES, slug, 'input.txt'), 'utf8');
  const summary = summarizeSegmentation(segmentPage(input));
  writeFileSync(join(FIXTURES, slug, 'expected.json'), `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`${slug}: ${summary.paragraphs} paragraphs, ${summary.comments.length} comments`);
}
