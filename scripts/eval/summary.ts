/**
 * Summary evaluation: ROUGE-1/2/L F1 of Lead-3, a TextRank baseline and ours, plus ms per article.
 *
 *   npx tsx scripts/eval/summary.ts            # held-out test split
 *   npx tsx scripts/eval/summary.ts --dev      # dev split (the only one to tune on)
 *
 * No news-summarisation set with human highlights is installable here, so the data are the Dragnet pages in shared/
 * with each page's headline as the reference (see load-dragnet-articles.ts). The figures are a proxy: they rank
 * methods against one another and are not comparable to published CNN/DailyMail numbers.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { extractEntities } from '../../utils/entities/extract-entities';
import type { Entity, Sentence } from '../../utils/model';
import { isBoilerplateSentence } from '../../utils/summary/is-boilerplate-sentence';
import { isCutSentence } from '../../utils/summary/is-cut-sentence';
import { isHeadingLine } from '../../utils/summary/is-heading-line';
import { summarize } from '../../utils/summary/summarize';
import { splitSentences } from '../../utils/text/split-sentences';
import { type EvalArticle, loadDragnetArticles } from './load-dragnet-articles';
import { rougeL, rougeN } from './rouge';
import { textRank } from './textrank';

/** Summary length scored, in sentences: the length of CNN/DailyMail highlights. */
const SUMMARY_SENTENCES = 3;
/** Articles with fewer sentences than this are too short for a 3-sentence summary to choose anything. */
const MIN_ARTICLE_SENTENCES = 6;
/** Timing rounds over the whole split; the first warms the JIT and is not counted. */
const TIMING_ROUNDS = 6;
const WORDS = /\S+/g;
/** Length budget (words) for the length-fair column: every summary is cut to this, as DUC's fixed-length ROUGE did. */
const BUDGET_WORDS = 60;

type Method = (sentences: Sentence[], article: EvalArticle, entities: readonly Entity[]) => Sentence[];

const cleanEnough = (sentence: Sentence): boolean =>
  !isBoilerplateSentence(sentence.text) &&
  !isCutSentence(sentence.text) &&
  !isHeadingLine(sentence.text) &&
  (sentence.text.match(WORDS)?.length ?? 0) >= 6;

const methods: Record<string, Method> = {
  'Lead-3': (sentences) => sentences.slice(0, SUMMARY_SENTENCES),
  'Lead-3 (furniture filtered)': (sentences) => sentences.filter(cleanEnough).slice(0, SUMMARY_SENTENCES),
  TextRank: (sentences) => textRank(sentences, SUMMARY_SENTENCES),
  Sidelight: (_, article, entities) => summarize(article.body, { sentences: SUMMARY_SENTENCES, entities }),
};

function sentencesOf(article: EvalArticle): Sentence[] {
  return article.body.flatMap((p) =>
    splitSentences(p.text, p.start).map((span): Sentence => ({ type: 'sentence', paragraph: p.index, ...span })),
  );
}

const mean = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
const pct = (value: number): string => (100 * value).toFixed(1).padStart(5);

type Reference = (article: EvalArticle) => string;
const byHeadline: Reference = (article) => article.headline;
const byDescription: Reference = (article) => article.description ?? '';

function report(label: string, articles: readonly EvalArticle[], reference: Reference = byHeadline): void {
  console.log(`\n${label}: ${articles.length} articles`);
  console.log('method                        R-1 F1  R-2 F1  R-L F1  R-1 rec  @60w  words');
  for (const [name, method] of Object.entries(methods)) {
    const scores = articles.map((article) => {
      const entities = extractEntities(article.body, 'body');
      const summary = method(sentencesOf(article), article, entities)
        .map((s) => s.text)
        .join(' ');
      const r1 = rougeN(summary, reference(article), 1);
      const budget = (summary.match(WORDS) ?? []).slice(0, BUDGET_WORDS).join(' ');
      const rouge = [
        r1.f1,
        rougeN(summary, reference(article), 2).f1,
        rougeL(summary, reference(article)).f1,
        r1.recall,
        rougeN(budget, reference(article), 1).recall,
      ];
      return { rouge, words: summary.match(WORDS)?.length ?? 0 };
    });
    const columns = [0, 1, 2, 3, 4].map((k) => pct(mean(scores.map((row) => row.rouge[k]!))).padStart(7));
    const words = mean(scores.map((row) => row.words))
      .toFixed(0)
      .padStart(6);
    console.log(`${name.padEnd(28)}${columns.join(' ')} ${words}`);
  }
}

/**
 * Mean wall-clock and CPU milliseconds per article. CPU time is reported too because this machine is shared: wall
 * time then includes waiting for a core.
 */
function timeSummarize(articles: readonly EvalArticle[]): { wall: number; cpu: number } {
  const inputs = articles.map((article) => ({ body: article.body, entities: extractEntities(article.body, 'body') }));
  let wall = 0;
  let cpu = 0;
  for (let round = 0; round < TIMING_ROUNDS; round++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    for (const { body, entities } of inputs) summarize(body, { sentences: SUMMARY_SENTENCES, entities });
    const used = process.cpuUsage(cpuStarted);
    if (round > 0) {
      wall += performance.now() - started;
      cpu += (used.user + used.system) / 1000;
    }
  }
  const runs = (TIMING_ROUNDS - 1) * Math.max(1, inputs.length);
  return { wall: wall / runs, cpu: cpu / runs };
}

const split = process.argv.includes('--dev') ? 'dev' : 'test';
const articles = loadDragnetArticles().filter(
  (article) => article.split === split && sentencesOf(article).length >= MIN_ARTICLE_SENTENCES,
);
if (articles.length === 0) {
  console.log('summary eval: shared/data/dragnet-train not found beside the repository; nothing to evaluate.');
} else {
  const news = (article: EvalArticle): boolean => article.genre === 'news';
  const blog = (article: EvalArticle): boolean => article.genre === 'other';
  console.log(`Summary eval on Dragnet pages (${split} split), ${SUMMARY_SENTENCES} sentences.`);
  console.log('\n--- Reference: the page headline ---');
  report('all pages', articles);
  report('news pages', articles.filter(news));
  report('blog pages (not inverted-pyramid)', articles.filter(blog));
  const described = articles.filter((article) => article.description !== undefined);
  console.log('\n--- Reference: the meta description, where written apart from the body (not copied from it) ---');
  report('all pages', described, byDescription);
  report('news pages', described.filter(news), byDescription);
  report('blog pages (not inverted-pyramid)', described.filter(blog), byDescription);
  const { wall, cpu } = timeSummarize(articles);
  const chars = Math.round(mean(articles.map((article) => article.text.length)));
  console.log(
    `\nSidelight summarize: ${wall.toFixed(3)} ms/article wall, ${cpu.toFixed(3)} ms/article CPU ` +
      `(mean ${chars} chars, Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)})`,
  );
}
