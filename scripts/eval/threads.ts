/**
 * `npx tsx scripts/eval/threads.ts`: reply-inference figures on the hand-labelled invented fixtures
 * (tests/fixtures/threads-*), the links made on the shared sample page when it is present (to judge by reading),
 * and the time taken on 10,000 synthetic comments. Prints only; the tests hold the pass/fail checks.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Comment } from '../../utils/model';
import { scoreNoise } from '../../utils/noise/score-noise';
import { parsePageText } from '../../utils/parse-page-text';
import { DEFAULT_SETTINGS } from '../../utils/settings/default-settings';
import { buildThreads } from '../../utils/threads/build-threads';
import { inferReplies } from '../../utils/threads/infer-replies';
import { makeComments } from '../../tests/utils/noise/make-comments';
import { articleText } from '../../utils/page/article-text';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures');
const SAMPLE = join(ROOT, '..', 'shared', 'seeds', '000_f1e603e65cfa6128.txt');
/** Synthetic page size for the timing line (comments). */
const SYNTHETIC_COMMENTS = 10_000;

interface Fixture {
  article: string;
  comments: { author: string; text: string; parent: number | null }[];
}

const pct = (n: number, d: number): string => (d === 0 ? '  n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

let totalMade = 0;
let totalRight = 0;
let totalGold = 0;
const byEvidence = new Map<string, { made: number; right: number }>();
console.log('fixture                       gold  made  right  precision  recall');
for (const slug of readdirSync(FIXTURES).filter((name) => name.startsWith('threads-'))) {
  const fixture = JSON.parse(readFileSync(join(FIXTURES, slug, 'input.json'), 'utf8')) as Fixture;
  const links = inferReplies(makeComments(fixture.comments), { article: fixture.article });
  let made = 0;
  let right = 0;
  const gold = fixture.comments.filter((c) => c.parent !== null).length;
  links.forEach((link, i) => {
    if (!link) return;
    const parent = fixture.comments[i]?.parent;
    const ok = parent !== null && parent !== undefined && link.parentId === `c${parent + 1}`;
    made++;
    if (ok) right++;
    const stats = byEvidence.get(link.evidence) ?? { made: 0, right: 0 };
    stats.made++;
    if (ok) stats.right++;
    byEvidence.set(link.evidence, stats);
  });
  totalMade += made;
  totalRight += right;
  totalGold += gold;
  const row = `${slug.padEnd(28)} ${String(gold).padStart(5)} ${String(made).padStart(5)} ${String(right).padStart(6)}`;
  console.log(`${row}     ${pct(right, made)}  ${pct(right, gold)}`);
}
const all = `${'all'.padEnd(28)} ${String(totalGold).padStart(5)} ${String(totalMade).padStart(5)}`;
console.log(
  `${all} ${String(totalRight).padStart(6)}     ${pct(totalRight, totalMade)}  ${pct(totalRight, totalGold)}`,
);
for (const [evidence, stats] of byEvidence) {
  console.log(`  by evidence ${evidence.padEnd(10)} made ${stats.made}, right ${stats.right}`);
}

if (existsSync(SAMPLE)) {
  const doc = parsePageText(readFileSync(SAMPLE, 'utf8'));
  const article = articleText(doc.body);
  const byId = new Map(doc.comments.map((c) => [c.id, c]));
  const show = (c: Comment | undefined): string => (c ? `${c.id} ${c.author.text}: "${c.text.slice(0, 32)}…"` : '?');
  for (const withArticle of [true, false]) {
    const links = inferReplies(doc.comments, withArticle ? { article } : {});
    const made = links.filter(Boolean).length;
    console.log(
      `\nsample page (${doc.comments.length} comments, article ${withArticle ? 'given' : 'not given'}): ${made} links`,
    );
    links.forEach((link, i) => {
      if (link) {
        console.log(`  ${show(doc.comments[i])} → ${show(byId.get(link.parentId))}`);
        console.log(`      ${link.confidence} ${link.evidence}: ${link.reason}`);
      }
    });
  }
} else {
  console.log(`\nsample page absent (${SAMPLE}): skipped`);
}

/** Noise on the real-shaped pages: comments at or above the default threshold, and how often each reason fires. */
const THRESHOLD = DEFAULT_SETTINGS.noiseThreshold;
const DEMO = join(ROOT, 'assets', 'demo', 'article.txt');
for (const [name, file] of [
  ['demo page', DEMO],
  ['sample page', SAMPLE],
] as const) {
  if (!existsSync(file)) continue;
  const doc = parsePageText(readFileSync(file, 'utf8'));
  const scores = scoreNoise(doc.comments);
  const counts = new Map<string, number>();
  for (const score of scores) for (const r of score.reasons) counts.set(r.code, (counts.get(r.code) ?? 0) + 1);
  const collapsed = doc.comments.filter((_, i) => (scores[i]?.score ?? 0) >= THRESHOLD);
  console.log(`\nnoise on the ${name}: ${collapsed.length} of ${doc.comments.length} comments at ≥ ${THRESHOLD}`);
  console.log(`  reasons: ${[...counts].map(([code, n]) => `${code} ${n}`).join(', ') || 'none'}`);
  for (const c of collapsed) {
    const score = scores[c.index];
    console.log(`  ${c.id} ${c.author.text} ${score?.score}: ${score?.reasons.map((r) => r.message).join('; ')}`);
  }
}

const words = Array.from({ length: 3000 }, (_, i) => `word${i.toString(36)}`);
const synthetic = makeComments(
  Array.from({ length: SYNTHETIC_COMMENTS }, (_, i) => ({
    author: `reader${(i * 7919) % 900}`,
    // Word i*j mod 3000 with a skewed stride gives a Zipf-like mix of common and rare words.
    text: Array.from({ length: 20 + (i % 60) }, (_, j) => words[(i * j * j + j) % (j < 10 ? 50 : 3000)]).join(' '),
  })),
);
const started = performance.now();
const links = inferReplies(synthetic);
const linked = synthetic.map((c, i) => ({ ...c, replyTo: links[i] }));
buildThreads(linked);
scoreNoise(linked);
const ms = performance.now() - started;
console.log(`\n${SYNTHETIC_COMMENTS} synthetic comments: replies + threads + noise in ${ms.toFixed(0)} ms`);
