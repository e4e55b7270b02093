/**
 * Measures the DOM adapter on the Dragnet 2012 training pages (`../shared/data/dragnet-train`, AGPL, evaluation
 * only: pages and gold text are read at run time and never copied). Prints article-body shingle P/R/F1; comment token
 * P/R/F1 on pages with comments (the comment region's text, and the comments as exported: author, date and text); the
 * exported body (`parsePageText(...).body`, what JSON/JSON-LD/Markdown export) against the gold without its headline
 * (and without its top byline/date lines too; and with the standfirst put back before it, as that gold keeps the dek);
 * how often metadata.bylines and date are filled where the gold's top has a "By …"/date line (and where it has none);
 * the share of comment-free pages where we report comments; the pages whose body is missed and why (`misses.ts`), the
 * body on the others, and the per-page better of ours and Readability's; time per page; and the Readability-only
 * baseline, on the dev split (ids hashing even, used for tuning) and the held-out split.
 *
 * Usage: npx tsx scripts/eval/extraction.ts [--limit N] [--dump FILE] [--dev] [--no-baseline]
 * `--dump FILE` writes per-page scores (JSON) for looking at the worst pages; `--dev` runs the dev split only and
 * `--no-baseline` skips the Readability-only run (both for quicker tuning loops; report runs use neither).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { readPage } from '../../utils/dom/read-page';
import type { MetaText } from '../../utils/model';
import { parsePageText } from '../../utils/parse-page-text';
import { readGoldHeader } from './extraction/gold-header';
import { articleTokens, f1Of, scoreArticle, scoreComments, summarise, type PageScore } from './extraction/metrics';
import {
  ARTICLE_GOLD_MIN_TOKENS,
  BASELINE_READ_F1,
  betterOfEach,
  countMisses,
  goldInPage,
  MISSED_F1,
  pageTextOf,
  type MissInput,
} from './extraction/misses';
import { readabilityText } from './extraction/readability-text';

const DATA = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'dragnet-train');

interface Gold {
  articleBody: string;
  comments: string;
}

type FieldSource = 'text' | 'meta' | 'none';

interface PageResult {
  id: string;
  dev: boolean;
  hasGoldComments: boolean;
  /** Tokens in the gold article (the metric's tokens). */
  goldTokens: number;
  article: PageScore;
  /** `parsePageText(...).body` (what JSON/JSON-LD/Markdown export) against the gold without its headline. */
  exported: PageScore;
  /** The same against the gold without its top byline/date lines too. */
  exportedNoHeader: PageScore;
  /** The standfirst and the body against that gold, which keeps the dek in the body (the 2012 reference's way). */
  withStandfirst: PageScore;
  /** Where metadata.bylines / metadata.date came from: the page text (has a span), page meta, or nowhere. */
  bylineFrom: FieldSource;
  dateFrom: FieldSource;
  goldByline: boolean;
  goldDate: boolean;
  baseline: PageScore;
  /** Readability's text against the gold the exported body is scored on (without its header), when it ran. */
  baselineNoHeader?: PageScore;
  /** Share of that gold's shingles found in the page's own text (see `goldInPage`). */
  goldInPage: number;
  /** The comment region's text (structured comments and plain region alike). */
  comments?: PageScore;
  /** The comments as exported (`parsePageText(...).comments`: author, date and text of each). */
  exportedComments?: PageScore;
  reportedComments: boolean;
  /** The export lists at least one comment. */
  exportedAnyComments: boolean;
  unreadable: boolean;
  parseMs: number;
  readMs: number;
}

/** FNV-1a of the id: a fixed split that does not depend on file order. */
function isDev(id: string): boolean {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return hash % 2 === 0;
}

function loadHtml(id: string): string {
  return gunzipSync(readFileSync(join(DATA, 'html', `${id}.html.gz`))).toString('utf8');
}

function loadDocument(id: string, html = loadHtml(id)): Document {
  return parseHTML(html).document as unknown as Document;
}

const sourceOf = (field: MetaText | undefined): FieldSource => (!field ? 'none' : field.span ? 'text' : 'meta');

function evaluatePage(id: string, gold: Gold, baseline: boolean): PageResult {
  const t0 = performance.now();
  const html = loadHtml(id);
  const doc = loadDocument(id, html);
  const t1 = performance.now();
  const reading = readPage(doc);
  const t2 = performance.now();
  const start = reading.options.commentsStart ?? reading.text.length;
  const article = reading.text.slice(0, start);
  // Structured comments (hints) and a plain comment region both count: either way the panel would show comments.
  const comments = reading.text.slice(start);
  const parsed = parsePageText(reading.text, reading.options);
  const goldHeader = readGoldHeader(gold.articleBody, html);
  const exportedBody = parsed.body.map((p) => p.text).join('\n');
  const baselineText = baseline ? readabilityText(loadDocument(id, html)) : undefined;
  // The gold is the comment area's visible text, names and dates included: so is this.
  const exportedComments = parsed.comments
    .map((comment) => [comment.author.text, comment.date?.text ?? '', comment.text].join('\n'))
    .join('\n');
  return {
    id,
    dev: isDev(id),
    hasGoldComments: gold.comments.trim().length > 0,
    goldTokens: articleTokens(gold.articleBody).length,
    article: scoreArticle(article, gold.articleBody),
    exported: scoreArticle(exportedBody, goldHeader.body),
    exportedNoHeader: scoreArticle(exportedBody, goldHeader.bodyWithoutHeader),
    withStandfirst: scoreArticle(
      [parsed.metadata.standfirst?.text ?? '', exportedBody].join('\n'),
      goldHeader.bodyWithoutHeader,
    ),
    bylineFrom: sourceOf(parsed.metadata.bylines[0]),
    dateFrom: sourceOf(parsed.metadata.date),
    goldByline: goldHeader.hasByline,
    goldDate: goldHeader.hasDate,
    baseline: baselineText === undefined ? { precision: 0, recall: 0 } : scoreArticle(baselineText, gold.articleBody),
    ...(baselineText === undefined
      ? {}
      : { baselineNoHeader: scoreArticle(baselineText, goldHeader.bodyWithoutHeader) }),
    // The reader works on copies and leaves the page as parsed (as it must the live page).
    goldInPage: goldInPage(pageTextOf(doc), goldHeader.bodyWithoutHeader),
    comments: gold.comments.trim() ? scoreComments(comments, gold.comments) : undefined,
    exportedComments: gold.comments.trim() ? scoreComments(exportedComments, gold.comments) : undefined,
    reportedComments: comments.trim().length > 0,
    exportedAnyComments: parsed.comments.length > 0,
    unreadable: reading.options.commentsUnreadable === true,
    parseMs: t1 - t0,
    readMs: t2 - t1,
  };
}

const fmt = (n: number): string => n.toFixed(3);
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

/** "bylines: gold top has one on 40; filled on 30 (text 20, meta 10); filled on 50 of 400 without". */
function fieldLine(
  name: string,
  results: readonly PageResult[],
  inGold: (r: PageResult) => boolean,
  from: (r: PageResult) => FieldSource,
): string {
  const withGold = results.filter(inGold);
  const without = results.filter((r) => !inGold(r));
  const count = (rs: readonly PageResult[], source: FieldSource): number => rs.filter((r) => from(r) === source).length;
  const filled = (rs: readonly PageResult[]): number => rs.length - count(rs, 'none');
  return (
    `${name}: gold top has one on ${withGold.length}, filled there on ${filled(withGold)} ` +
    `(from text ${count(withGold, 'text')}, page meta ${count(withGold, 'meta')}); ` +
    `filled on ${filled(without)}/${without.length} others (from text ${count(without, 'text')})`
  );
}

function report(label: string, results: PageResult[]): void {
  const line = (name: string, s: ReturnType<typeof summarise>): string =>
    `  ${name.padEnd(28)} P ${fmt(s.p)}  R ${fmt(s.r)}  F1 ${fmt(s.f1)}  (n=${s.n})`;
  const withComments = results.filter((r) => r.hasGoldComments);
  const without = results.filter((r) => !r.hasGoldComments);
  const wrong = without.filter((r) => r.reportedComments).length;
  const wrongExported = without.filter((r) => r.exportedAnyComments).length;
  console.log(`${label}: ${results.length} pages`);
  console.log(line('article (headline + body)', summarise(results.map((r) => r.article))));
  console.log(line('exported body (no headline)', summarise(results.map((r) => r.exported))));
  console.log(line('exported body (no header)', summarise(results.map((r) => r.exportedNoHeader))));
  console.log(line('  with the standfirst', summarise(results.map((r) => r.withStandfirst))));
  const articles = results.filter((r) => r.goldTokens >= ARTICLE_GOLD_MIN_TOKENS);
  console.log(
    line(`  gold of ${ARTICLE_GOLD_MIN_TOKENS}+ tokens only`, summarise(articles.map((r) => r.exportedNoHeader))),
  );
  console.log(
    `  ${fieldLine(
      'bylines',
      results,
      (r) => r.goldByline,
      (r) => r.bylineFrom,
    )}`,
  );
  console.log(
    `  ${fieldLine(
      'date',
      results,
      (r) => r.goldDate,
      (r) => r.dateFrom,
    )}`,
  );
  console.log(line('article (Readability only)', summarise(results.map((r) => r.baseline))));
  const misses: MissInput[] = results.map((r) => ({
    ours: r.exportedNoHeader,
    ...(r.baselineNoHeader ? { baseline: r.baselineNoHeader } : {}),
    goldInPage: r.goldInPage,
    goldTokens: r.goldTokens,
  }));
  const missed = countMisses(misses);
  const ran = results.some((r) => r.baselineNoHeader);
  console.log(
    `  body missed (F1 < ${MISSED_F1}): ${missed.missed} pages; gold not on the crawled page ${missed.unreachable}, ` +
      `gold under ${ARTICLE_GOLD_MIN_TOKENS} tokens ${missed.shortGold}` +
      (ran ? `, Readability alone read it (F1 ≥ ${BASELINE_READ_F1}) ${missed.baselineRead}` : ''),
  );
  const readPages = results.filter((r) => f1Of(r.exportedNoHeader) >= MISSED_F1);
  console.log(line('  body on the other pages', summarise(readPages.map((r) => r.exportedNoHeader))));
  if (ran) console.log(line('body, better of ours/Readability', summarise(betterOfEach(misses))));
  console.log(line('comments (tokens)', summarise(withComments.flatMap((r) => (r.comments ? [r.comments] : [])))));
  console.log(
    line(
      'exported comments (tokens)',
      summarise(withComments.flatMap((r) => (r.exportedComments ? [r.exportedComments] : []))),
    ),
  );
  console.log(
    `  comments reported on pages without: ${wrong}/${without.length} = ${fmt(wrong / Math.max(1, without.length))}`,
  );
  console.log(
    `  exported comments on pages without: ${wrongExported}/${without.length} = ${fmt(wrongExported / Math.max(1, without.length))}`,
  );
  console.log(`  commentsUnreadable flagged: ${results.filter((r) => r.unreadable).length}`);
  const read = results.map((r) => r.readMs);
  const parse = results.map((r) => r.parseMs);
  console.log(
    `  readPage ms: median ${median(read).toFixed(1)}, mean ${mean(read).toFixed(1)}; linkedom parse ms: median ${median(parse).toFixed(1)}, mean ${mean(parse).toFixed(1)}`,
  );
}

/** Runs the extraction evaluation and prints the report; returns false when the data is absent. */
export function runExtractionEval(args: readonly string[] = []): boolean {
  const truthPath = join(DATA, 'ground-truth.json');
  if (!existsSync(truthPath)) {
    console.log(`extraction eval skipped: ${DATA} not found (Dragnet data is evaluation-only, not in the repo)`);
    return false;
  }
  const limitAt = args.indexOf('--limit');
  const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, Gold>;
  const devOnly = args.includes('--dev');
  const baseline = !args.includes('--no-baseline');
  const ids = Object.keys(truth)
    .filter((id) => !devOnly || isDev(id))
    .slice(0, limit);
  const results: PageResult[] = [];
  for (const id of ids) {
    const gold = truth[id];
    if (gold) results.push(evaluatePage(id, gold, baseline));
  }
  const dumpAt = args.indexOf('--dump');
  const dumpPath = dumpAt >= 0 ? args[dumpAt + 1] : undefined;
  if (dumpPath) writeFileSync(dumpPath, JSON.stringify(results, null, 1));
  report(
    'dev (id hash even)',
    results.filter((r) => r.dev),
  );
  report(
    'held-out (id hash odd)',
    results.filter((r) => !r.dev),
  );
  report('all', results);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) runExtractionEval(process.argv.slice(2));
