import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { DEMO_DIR } from '../../scripts/e2e/serve-demo';

/** What a demo page holds, read from its markup: the ground truth the panel is checked against. */
export interface DemoTruth {
  file: string;
  headline: string;
  /** `YYYY-MM-DD` from the page's JSON-LD. */
  date: string;
  comments: number;
  /** Top-level comments when the markup nests replies; undefined for flat comment lists. */
  threads?: number;
  /** Authors of comments that must be collapsed as noise at the default threshold (`data-demo-noise="strong"`). */
  noisyAuthors: string[];
  /** Authors of low-value comments that may or may not be collapsed (`data-demo-noise="weak"`). */
  maybeNoisyAuthors: string[];
  /** The text of the strongly noisy comments (without the author). */
  noisyText: string[];
  entities: string[];
  /** The article's paragraphs, whitespace-normalised, for checking summary sentences. */
  bodyText: string;
}

const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

const authorsOf = (elements: Iterable<Element>): string[] =>
  [...elements].map((el) => squash(el.querySelector('.user, .fn')?.textContent));

/** Reads a demo page's truth; annotations are `data-demo-*` attributes that Sidelight itself ignores. */
export function demoTruth(file: string): DemoTruth {
  const { document } = parseHTML(readFileSync(join(DEMO_DIR, file), 'utf8'));
  const ld = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as {
    datePublished?: string;
    '@graph'?: { datePublished?: string }[];
  };
  const published = ld.datePublished ?? ld['@graph']?.find((node) => node.datePublished)?.datePublished ?? '';
  const article = document.querySelector('article');
  const nested = document.querySelector('ol.commentlist');
  return {
    file,
    headline: squash(document.querySelector('h1')?.textContent),
    date: published.slice(0, 10),
    comments: document.querySelectorAll('.comment').length,
    ...(nested ? { threads: nested.querySelectorAll(':scope > li.comment').length } : {}),
    noisyAuthors: authorsOf(document.querySelectorAll('[data-demo-noise="strong"]')),
    maybeNoisyAuthors: authorsOf(document.querySelectorAll('[data-demo-noise="weak"]')),
    noisyText: [...document.querySelectorAll('[data-demo-noise="strong"]')].map((el) =>
      squash(el.querySelector('p')?.textContent),
    ),
    entities: (article?.getAttribute('data-demo-entities') ?? '').split(';').map(squash).filter(Boolean),
    bodyText: [...(article?.querySelectorAll('p') ?? [])].map((p) => squash(p.textContent)).join(' '),
  };
}
