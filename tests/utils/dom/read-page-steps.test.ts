import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage, readPageSteps } from '../../../utils/dom/read-page';
import { runInSlices } from '../../../utils/steps/run-in-slices';
import { FIXTURES, loadFixture } from './load-fixture';

const pages = readdirSync(FIXTURES).filter((name) => name.startsWith('dom-'));

/** What a reading holds besides its live map: the text and the parser options. */
const content = ({ text, options }: { text: string; options: unknown }) => ({ text, options });

describe('readPageSteps', () => {
  it('should have markup fixtures to read', () => {
    expect(pages.length).toBeGreaterThan(5);
  });

  it.each(pages)('should read %s in slices exactly as readPage does at once', async (name) => {
    let pauses = 0;
    const sliced = await runInSlices(readPageSteps(loadFixture(name)), {
      budgetMs: 0,
      pause: async () => {
        pauses++;
      },
    });
    expect(content(sliced)).toEqual(content(readPage(loadFixture(name))));
    // Metadata, each comment reader tried, the article: several pauses even on a page without comments.
    expect(pauses).toBeGreaterThan(3);
  });
});
