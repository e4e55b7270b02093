/**
 * Scores the exported body on the invented modern-template pages (`tests/fixtures/modern-<family>-<slug>/`): whole
 * pages written in the markup shapes of today's news and blog templates, with the body a reader would call the
 * article written down before the pipeline ran (`expected.json`). Prints 4-token shingle P/R/F1 per family and in
 * all, against Readability.js alone on the same pages. These pages are our own and the rules were fixed against them:
 * a check that the shapes we know of are covered, not a measurement on real sites (`extraction.ts` measures real
 * 2012 pages).
 *
 * A second line per run reads every page again with its class and id names hashed and its `data-*` attributes removed
 * (`hashNames`), as CSS-in-JS sites serve pages: how much of the score rests on names the rules know, and how much on
 * structure.
 *
 * Then one line per markup transform (`MARKUP_VARIANTS`): every page read again as another template would set the same
 * story, e.g. paragraphs as `<div>`s or as text closed by line breaks, with the pages whose story is lost named.
 *
 * Usage: npx tsx scripts/eval/modern-pages.ts [--pages] [--family a,b]
 *   `--pages` also prints each page's F1; `--family` reads only the named families (a quick look while fixing one).
 */
import { parseHTML } from 'linkedom';
import {
  modernExpectation,
  modernHtml,
  modernPages,
  readModernPage,
} from '../../tests/utils/dom/modern-pages/modern-page';
import { f1Of, scoreArticle, summarise, type PageScore } from './extraction/metrics';
import { readabilityText } from './extraction/readability-text';
import { hashNames } from './hash-names';
import { MARKUP_VARIANTS } from './markup-variants';
import { readPage } from '../../utils/dom/read-page';
import { parsePageText } from '../../utils/parse-page-text';

/** Fixture folders are `modern-<family>-<slug>`. */
const PREFIX = 'modern-';
const familyOf = (name: string): string => name.slice(PREFIX.length).split('-')[0] ?? '';

interface Row {
  name: string;
  family: string;
  /** Against the body without the standfirst (a body-only reference). */
  ours: PageScore;
  /** Our standfirst and body against the reference's (as the Dragnet reference keeps the dek in the body). */
  withStandfirst: PageScore;
  readability: PageScore;
  /** Ours and Readability's on the page with its names hashed. */
  hashed: PageScore;
  hashedReadability: PageScore;
  /** Ours on the page after each of `MARKUP_VARIANTS`, in order. */
  variants: PageScore[];
}

/**
 * Below this F1 a page's story counts as lost on a variant line: fewer than half its shingles matched means the reader
 * took another block or dropped most of the story, not that it kept a caption too many.
 */
const LOST_STORY_F1 = 0.5;

/** A fixture page parsed, then rewritten by `transform` (names hashed, or a markup variant). */
function transformedPage(name: string, transform: (doc: Document) => void): Document {
  const doc = parseHTML(modernHtml(name)).document as unknown as Document;
  transform(doc);
  return doc;
}

const hashedPage = (name: string): Document => transformedPage(name, hashNames);

/** The exported body of a page, read as the CLI reads one. */
function exportedBody(doc: Document): string {
  const reading = readPage(doc);
  return parsePageText(reading.text, reading.options)
    .body.map((paragraph) => paragraph.text)
    .join('\n');
}

/** One page read the way the test suite reads it (`readModernPage`), and by Readability alone. */
function scorePage(name: string): Row {
  const { body: expected, standfirst = [] } = modernExpectation(name);
  const { body, doc } = readModernPage(name);
  const ourStandfirst = doc.metadata.standfirst ? [doc.metadata.standfirst.text] : [];
  const gold = expected.join('\n');
  return {
    name,
    family: familyOf(name),
    ours: scoreArticle(body.join('\n'), gold),
    withStandfirst: scoreArticle([...ourStandfirst, ...body].join('\n'), [...standfirst, ...expected].join('\n')),
    readability: scoreArticle(readabilityText(parseHTML(modernHtml(name)).document as unknown as Document), gold),
    hashed: scoreArticle(exportedBody(hashedPage(name)), gold),
    hashedReadability: scoreArticle(readabilityText(hashedPage(name)), gold),
    variants: MARKUP_VARIANTS.map((variant) => scoreArticle(exportedBody(transformedPage(name, variant.apply)), gold)),
  };
}

const fmt = (n: number): string => n.toFixed(3);

function line(label: string, rows: readonly Row[]): string {
  const ours = summarise(rows.map((row) => row.ours));
  const alone = summarise(rows.map((row) => row.readability));
  const kept = summarise(rows.map((row) => row.withStandfirst));
  return (
    `  ${label.padEnd(10)} n=${String(rows.length).padStart(2)}  ours P ${fmt(ours.p)} R ${fmt(ours.r)} F1 ${fmt(ours.f1)}` +
    ` (F1 ${fmt(kept.f1)} standfirst and body)   Readability alone F1 ${fmt(alone.f1)}`
  );
}

/** The families named after `--family` (comma-separated), or none: then every page is read. */
function chosenFamilies(argv: readonly string[]): ReadonlySet<string> {
  const at = argv.indexOf('--family');
  const list = at >= 0 ? (argv[at + 1] ?? '') : '';
  return new Set(list.split(',').filter(Boolean));
}

const families = chosenFamilies(process.argv);
const rows = modernPages()
  .filter((name) => families.size === 0 || families.has(familyOf(name)))
  .map(scorePage);
if (rows.length === 0) {
  console.error(`no invented pages in the families named: ${[...families].join(', ')}`);
  process.exit(1);
}
console.log(
  `invented modern-template pages (${rows.length}): expectations written before the pipeline ran, rules then fixed ` +
    'against them, so this shows the known shapes are covered, not how well the rules carry over to other sites',
);
for (const family of [...new Set(rows.map((row) => row.family))]) {
  console.log(
    line(
      family,
      rows.filter((row) => row.family === family),
    ),
  );
}
console.log(line('all', rows));
const hashedOurs = summarise(rows.map((row) => row.hashed));
const hashedAlone = summarise(rows.map((row) => row.hashedReadability));
console.log(
  `  ${'all, names hashed'.padEnd(10)} n=${rows.length}  ours P ${fmt(hashedOurs.p)} R ${fmt(hashedOurs.r)} F1 ${fmt(hashedOurs.f1)}` +
    `   Readability alone F1 ${fmt(hashedAlone.f1)}   (class and id names hashed, data-* removed)`,
);
MARKUP_VARIANTS.forEach((variant, index) => {
  const scores = rows.map((row) => row.variants[index]!);
  const lost = rows.filter((row) => f1Of(row.variants[index]!) < LOST_STORY_F1).map((row) => row.name);
  const { p, r, f1: all } = summarise(scores);
  console.log(
    `  ${`all, ${variant.name}`.padEnd(10)} n=${rows.length}  ours P ${fmt(p)} R ${fmt(r)} F1 ${fmt(all)}` +
      `   stories lost: ${lost.length}${lost.length > 0 ? ` (${lost.join(', ')})` : ''}   (${variant.what})`,
  );
});
if (process.argv.includes('--pages')) {
  for (const row of rows)
    console.log(
      `  ${row.name.padEnd(44)} ours ${fmt(f1Of(row.ours))}  Readability ${fmt(f1Of(row.readability))}` +
        `  names hashed: ours ${fmt(f1Of(row.hashed))}  Readability ${fmt(f1Of(row.hashedReadability))}` +
        `  variants: ${row.variants.map((score) => fmt(f1Of(score))).join(' ')}`,
    );
}
