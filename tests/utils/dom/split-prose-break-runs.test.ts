import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readClone } from '../../../utils/dom/read-clone';
import { splitProseBreakRuns } from '../../../utils/dom/split-prose-break-runs';

/** A daily round-up's lines: a sentence each, with a link inside (one opens on its link, as round-ups do). */
const ROUNDUP = [
  'Ferry fares rise again <a href="/news/1">from the first of March</a>, the operator said.',
  '<a href="/news/2">The harbour board</a> approved the new pier at its meeting.',
  'We rode the <a href="/news/3">night bus to the coast</a> and timed every stop.',
  'Is the <a href="/news/4">old tram depot</a> worth saving?',
];
const OPENING =
  'Today on the harbour desk: fares, the pier, the night bus and the tram depot, with all the week in transport. ' +
  'There is more on each below, with links to the full stories we ran during the week and a few from elsewhere.';

const breaks = (lines: readonly string[]): string => lines.join('<br><br>\n');

/** The texts of the body's `<p>`s after splitting, joined by "|". */
function paragraphs(body: string): string {
  const doc = parseHTML(`<html><body>${body}</body></html>`).document as unknown as Document;
  splitProseBreakRuns(doc);
  return [...doc.querySelectorAll('p')].map((p) => (p.textContent ?? '').trim()).join('|');
}

/** The text Readability keeps of a story with `body` after its opening paragraph. */
function kept(body: string): string {
  const { document } = parseHTML(
    `<html><body><h1>Round-up: the week in transport</h1><div class="story"><p>${OPENING}</p>${body}</div>` +
      '<div class="footer"><p>Contact the desk.</p></div></body></html>',
  );
  const doc = document as unknown as Document;
  const { content } = readClone(doc, [], doc.querySelector('h1') ?? undefined, 1);
  return (content?.textContent ?? '').replace(/\s+/g, ' ');
}

describe('splitProseBreakRuns', () => {
  it.each([
    ['sentences around their links', `<p>${breaks(ROUNDUP)}</p>`, 4],
    ['runs parted by three breaks', `<p>${ROUNDUP.join('<br><br><br>')}</p>`, 4],
  ])('should split a paragraph of %s', (_case, body, count) => {
    expect(paragraphs(body).split('|')).toHaveLength(count);
  });

  it('should keep the round-up Readability dropped as a linky box', () => {
    expect(kept(`<p>${breaks(ROUNDUP)}</p>`)).toContain('approved the new pier at its meeting.');
  });

  it.each([
    [
      'a teaser list set with breaks',
      `<p>${breaks(['<a href="/a">Pier plans approved</a>', '<a href="/b">Fares rise again</a> (March 1)'])}</p>`,
    ],
    [
      'link titles with a byline each',
      `<p>${breaks(['<a href="/a">Pier plans</a> by Ann Lee', '<a href="/b">Fares</a> by Bo Chan'])}</p>`,
    ],
    ['a named paragraph', `<p class="related">${breaks(ROUNDUP)}</p>`],
    ['lines that are not sentences', `<p>${breaks(['Ferry: from March', 'Pier: approved'])}</p>`],
    ['a paragraph with single breaks only', `<p>${ROUNDUP.join('<br>')}</p>`],
  ])('should leave %s', (_case, body) => {
    expect(paragraphs(body).split('|')).toHaveLength(1);
  });
});
