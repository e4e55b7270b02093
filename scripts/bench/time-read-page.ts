// The page reader's cost for the bench: `readPage` on each invented page (`tests/fixtures/modern-*/page.html`, in the
// repository, so the bench runs anywhere), with linkedom's parse of the same page timed apart. CPU time (user +
// system), as the machine may be shared.
import { parseHTML } from 'linkedom';
import { readPage } from '../../utils/dom/read-page';
import { modernHtml, modernPages } from '../../tests/utils/dom/modern-pages/modern-page';

/** Pages read once before timing, so the first timed pages do not pay for compiling the rules' patterns. */
const WARM_UP_PAGES = 20;

/** CPU milliseconds per page, one entry per page in folder order. */
export interface ReadPageTimes {
  pages: number;
  parse: number[];
  read: number[];
}

/** The invented pages' HTML, in folder order (the fixtures the invented-page suite and `npm run eval` read). */
export const inventedPages = (): string[] => modernPages().map(modernHtml);

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
