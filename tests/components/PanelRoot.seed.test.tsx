// @vitest-environment happy-dom
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PanelRoot } from '../../components/PanelRoot';
import { INITIAL_RENDERED } from '../../components/use-lazy-limit';
import { parsePageText } from '../../utils/parse-page-text';
import { makeHost } from './fixtures';

/** The shared sample page (copyrighted: read from ../shared beside the repo, never copied in). */
const SEED = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds', '000_f1e603e65cfa6128.txt');
const hasSeed = existsSync(SEED);

describe.skipIf(!hasSeed)('PanelRoot on the sample page (skipped: ../shared/seeds/ absent)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(cleanup);

  it('should show what the parser found: headline, summary, and one labelled article per comment', () => {
    const doc = parsePageText(readFileSync(SEED, 'utf8'), { name: 'sample.txt' });
    expect(doc.comments.length).toBeGreaterThan(0);
    render(<PanelRoot doc={doc} host={makeHost()} />);

    if (doc.metadata.headline) {
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(doc.metadata.headline.text);
    }
    const summary = screen.getByRole('region', { name: /^Summary/ });
    expect(within(summary).queryAllByRole('listitem')).toHaveLength(doc.summary.length);

    const articles = screen.getAllByRole('article');
    expect(articles).toHaveLength(Math.min(doc.comments.length, INITIAL_RENDERED));
    for (const article of articles) {
      const comment = doc.comments.find((c) => c.id === article.dataset.commentId);
      expect(article.getAttribute('aria-label')).toContain(`Comment by ${comment?.author.text}`);
    }
  });
});
