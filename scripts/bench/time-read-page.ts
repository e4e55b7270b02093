// The page reader's cost for the bench: `readPage` on each invented page (`tests/fixtures/modern-*/page.html`, in the
// repository, so the bench runs anywhere), with linkedom's parse of the same page timed apart. CPU time (user +
// system), as the machine may be shared.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { readPage } from '../../utils/dom/read-page';

const FIXTURES = join(import.meta.dirname, '..', '..', 'tests', 'fixtures');
/** Fixture folders of the invented pages. */
const PREFIX = 'modern-';
/** Pages read once before timing, so the first timed pages do not pay for compiling the rules' patterns. */
const WARM_UP_PAGES = 20;

/** CPU milliseconds per page, one entry per page in folder order. */
export interface ReadPageTimes {
  pages: number;
  parse: number[];
  read: number[];
}

/** The invented pages' HTML, in folder order. */
export function inventedPages(): string[] {
  return readdirSync(FIXTURES)
    .filter((name) => name.startsWith(PREFIX))
    .sort()
    .map((name) => readFileSync(join(FIXTURES, name, 'page.html'), 'utf8'));
}

const cpuSince = (start: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

/** Parses and reads each page once, timing the two apart. */
export function timeReadPage(pages: readonly string[]): ReadPageTimes {
  for (const html of pages.slice(0, WARM_UP_PAGES)) readPage(parseHTML(html).document as unknown as Document);
  const parse: number[] = [];
  const read: number[] = [];
  for (const html of pages) {
    let start = process.cpuUsage();
    const doc = parseHTML(html).document as unknown as Document;
    parse.push(cpuSince(start));
    start = process.cpuUsage();
    readPage(doc);
    read.push(cpuSince(start));
  }
  return { pages: pages.length, parse, read };
}
