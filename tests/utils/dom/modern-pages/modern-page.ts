import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { readPage } from '../../../../utils/dom/read-page';
import { parsePageText } from '../../../../utils/parse-page-text';
import { FIXTURES } from '../load-fixture';

/**
 * Invented pages in the markup shapes of today's news and blog templates (`tests/fixtures/modern-<family>-<slug>/`):
 * the article text is made up, the furniture around and inside it is how such templates build it. Each folder holds
 * `page.html` and `expected.json`.
 */
export interface ModernPageExpectation {
  /** What the page imitates, in a few words (template family, what makes it hard). */
  about: string;
  /**
   * The standfirst (dek) the page prints under its headline, when it has one, one entry per paragraph. Sidelight
   * reads it into `metadata.standfirst` (one line per paragraph) when the markup names it, and `body` is without it.
   */
  standfirst?: string[];
  /** The article body the reader should get, paragraph by paragraph, in order (headings and list items included). */
  body: string[];
  /** Text that must appear in no body paragraph: furniture the page puts around or inside the article. */
  absent: string[];
  headline?: string;
  /** Comments the page shows (0 when it has none). */
  comments: number;
}

/** The modern-page fixture folders (`modern-<family>-…`, or all of them). */
export function modernPages(family?: string): string[] {
  const prefix = family === undefined ? 'modern-' : `modern-${family}-`;
  return readdirSync(FIXTURES)
    .filter((name) => name.startsWith(prefix))
    .sort();
}

/** A fixture's expectation. */
export function modernExpectation(name: string): ModernPageExpectation {
  return JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as ModernPageExpectation;
}

/** A fixture's saved page. */
export function modernHtml(name: string): string {
  return readFileSync(join(FIXTURES, name, 'page.html'), 'utf8');
}

/** A fixture page as the CLI and the panel read it: linkedom document → page reader → parser. */
export function readModernPage(name: string) {
  const { document } = parseHTML(modernHtml(name));
  const reading = readPage(document as unknown as Document);
  const doc = parsePageText(reading.text, reading.options);
  return { reading, doc, body: doc.body.map((paragraph) => paragraph.text) };
}
