import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCommentsPage } from '../../scripts/bench/generate-comments-page';
import { parsePageSteps, parsePageText } from '../../utils/parse-page-text';
import { runInSlices } from '../../utils/steps/run-in-slices';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const inputs = readdirSync(FIXTURES)
  .filter((name) => name.startsWith('page-'))
  .map((name) => [name, readFileSync(join(FIXTURES, name, 'input.txt'), 'utf8')] as const);

/**
 * The many-comments case parses a 300-comment page twice, one step per slice: about 2 s alone, past vitest's 5 s
 * default on a loaded two-core machine. The limit guards against a hang; speed is measured by `npm run bench`.
 */
const MANY_COMMENTS_TIMEOUT_MS = 30_000;

/** Runs the step-wise parser in the smallest slices (one step each) and counts the pauses. */
async function parseInSlices(text: string) {
  let pauses = 0;
  const doc = await runInSlices(parsePageSteps(text), {
    budgetMs: 0,
    pause: async () => {
      pauses++;
    },
  });
  return { doc, pauses };
}

describe('parsePageSteps', () => {
  it.each(inputs)('should give the same document as parsePageText in slices (%s)', async (_, text) => {
    expect((await parseInSlices(text)).doc).toEqual(parsePageText(text));
  });

  it(
    'should pause at least once per comment in each long pass on a page with many comments',
    async () => {
      const text = generateCommentsPage(300);
      const { doc, pauses } = await parseInSlices(text);
      expect(doc).toEqual(parsePageText(text));
      expect(doc.comments).toHaveLength(300);
      // Replies, noise, comment entities and reader highlights each pause per comment (or per paragraph).
      expect(pauses).toBeGreaterThan(4 * 300);
    },
    MANY_COMMENTS_TIMEOUT_MS,
  );

  it.each([
    ['binary input', `\u0089PNG\r\n\u001a\n\u0000\u0000${'\u0000\u0001'.repeat(50)}`],
    ['an article without comments', 'The council voted to close the bridge.\nEngineers had warned for years.'],
  ])('should give the same document as parsePageText in slices for %s', async (_, text) => {
    expect((await parseInSlices(text)).doc).toEqual(parsePageText(text));
  });

  it.each([
    ['empty text', ''],
    ['a non-string', 42 as unknown as string],
  ])('should finish with a document for %s', async (_, text) => {
    const { doc } = await parseInSlices(text);
    expect(doc.comments).toEqual([]);
    expect(doc.warnings.map((w) => w.code)).toContain('empty-input');
  });
});
