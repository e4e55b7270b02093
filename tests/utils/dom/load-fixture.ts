import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

/** The repo's markup fixtures folder. */
export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

/** Raw HTML of `tests/fixtures/<name>/page.html`. */
export function fixtureHtml(name: string): string {
  return readFileSync(join(FIXTURES, name, 'page.html'), 'utf8');
}

/** A fixture page parsed with linkedom, the way the CLI reads saved pages. */
export function loadFixture(name: string): Document {
  return parseHTML(fixtureHtml(name)).document as unknown as Document;
}

/** What a fixture says its comments are. */
export interface ExpectedComment {
  author: string;
  parent: number | null;
  date?: string;
  paragraphs: string[];
}

/** `tests/fixtures/<name>/expected.json`. */
export function expectedComments(name: string): ExpectedComment[] {
  const json = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as {
    comments: ExpectedComment[];
  };
  return json.comments;
}
