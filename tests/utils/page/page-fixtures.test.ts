import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentPage } from '../../../utils/page/segment-page';
import { summarizeSegmentation } from './summarize-segmentation';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const slugs = readdirSync(FIXTURES).filter((name) => name.startsWith('page-'));

describe('segmentPage (golden fixtures)', () => {
  it('should have fixtures to check', () => {
    expect(slugs.length).toBeGreaterThan(0);
  });

  it.each(slugs)('should match tests/fixtures/%s/expected.json', (slug) => {
    const input = readFileSync(join(FIXTURES, slug, 'input.txt'), 'utf8');
    const expected: unknown = JSON.parse(readFileSync(join(FIXTURES, slug, 'expected.json'), 'utf8'));
    // Round-trip through JSON so undefined fields compare as absent, as in the stored file.
    expect(JSON.parse(JSON.stringify(summarizeSegmentation(segmentPage(input))))).toEqual(expected);
  });
});
