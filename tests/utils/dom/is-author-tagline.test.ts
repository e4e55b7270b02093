import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isAuthorTagline } from '../../../utils/dom/is-author-tagline';

const PARAGRAPHS = '<p>The library cut its hours.</p><p>The county says it has no choice.</p><p>Vote on Dec. 8.</p>';

/** The element marked `data-probe` in a small page. */
const probeOf = (html: string): Element => {
  const doc = parseHTML(`<html><body><div>${html}</div></body></html>`).document as unknown as Document;
  const element = doc.querySelector('[data-probe]');
  if (!element) throw new Error('no probe');
  return element;
};

describe('isAuthorTagline', () => {
  it.each([
    [
      'an italic tagline closing the column',
      `${PARAGRAPHS}<p data-probe><em>Margaret Dunleavy is a retired teacher. She lives in Millbrook.</em></p>`,
    ],
    [
      'a dashed tagline with a link',
      `${PARAGRAPHS}<p data-probe><i>— Ann Lee was mayor of <a href="/t">Harbour Town</a> from 2010 to 2018.</i></p>`,
    ],
    [
      'a product blog’s sign-off, who the writer is between commas',
      `${PARAGRAPHS}<p data-probe><em>Ann Lee, an engineer on the Harbour Maps team, looks forward to fewer wrong turns.</em></p>`,
    ],
    [
      'a sign-off with a title between commas',
      `${PARAGRAPHS}<p data-probe><em>Bo Ek, Co-founder and Designer, lives in Millbrook with two cats.</em></p>`,
    ],
  ])('should read %s as the tagline', (_case, html) => {
    expect(isAuthorTagline(probeOf(html))).toBe(true);
  });

  it.each([
    [
      'a tagline in plain type (a paragraph of the story)',
      `${PARAGRAPHS}<p data-probe>Margaret Dunleavy is a retired teacher, and she has seen three cuts like this one.</p>`,
    ],
    [
      'an italic note opening the piece',
      `<p data-probe><em>Ann Lee is a reporter who covered the trial.</em></p>${PARAGRAPHS}`,
    ],
    [
      'an italic paragraph with a name that is not the subject',
      `${PARAGRAPHS}<p data-probe><em>The council, said Ann Lee, is a body that rarely listens.</em></p>`,
    ],
    [
      'a credential that says what the writer did',
      `${PARAGRAPHS}<p data-probe><em>Ann Lee has been featured in the Harbour Review and on local radio.</em></p>`,
    ],
    [
      'an italic closing quote of a named official',
      `${PARAGRAPHS}<p data-probe><em>Ann Lee, the county’s librarian, said the doors would stay open on Sundays.</em></p>`,
    ],
    [
      'what the named writer did, between commas',
      `${PARAGRAPHS}<p data-probe><em>Ann Lee, a retired teacher, has been featured in the Harbour Review.</em></p>`,
    ],
    [
      'an obituary’s closing record of the life, in italics',
      `${PARAGRAPHS}<p data-probe><em>Ann Lee, nurse and campaigner, born 3 May 1938; died 9 November 2026</em></p>`,
    ],
    [
      'a place and a date after a name, then a capitalised word',
      `${PARAGRAPHS}<p data-probe><em>Harbour Town, Maine, December 2012.</em></p>`,
    ],
    [
      'a paragraph only partly in italics',
      `${PARAGRAPHS}<p data-probe><em>Ann Lee is a retired teacher.</em> The vote is on Monday, and residents can speak.</p>`,
    ],
    [
      'a long italic closing paragraph',
      `${PARAGRAPHS}<p data-probe><em>Ann Lee is a name everyone in town knows. ${'She ran the library for thirty years and never missed a board meeting. '.repeat(4)}</em></p>`,
    ],
  ])('should keep %s', (_case, html) => {
    expect(isAuthorTagline(probeOf(html))).toBe(false);
  });
});

describe('isAuthorTagline: what the writer covers, in a builder’s italic span', () => {
  it.each([
    [
      'an italic span saying what the writer covers',
      `${PARAGRAPHS}<p data-probe><span style="font-style:italic;">Delia Harrow covers town government for the Gazette. Reach her at dh@example.com.</span></p>`,
    ],
    [
      'a tagline saying what the writer writes',
      `${PARAGRAPHS}<p data-probe><em>Ann Lee writes about schools.</em></p>`,
    ],
  ])('should read %s as the tagline', (_case, html) => {
    expect(isAuthorTagline(probeOf(html))).toBe(true);
  });

  it.each([
    [
      'a closing line in plain type about what someone covers',
      `${PARAGRAPHS}<p data-probe>Delia Harrow covers town government for the Gazette.</p>`,
    ],
    [
      'an italic closing line of the story that names a payer',
      `${PARAGRAPHS}<p data-probe><span style="font-style:italic;">The state covers most of the cost.</span></p>`,
    ],
    [
      'an italic tagline at the top of the piece',
      `<p data-probe><span style="font-style:italic;">Ann Lee reports on farming.</span></p>${PARAGRAPHS}`,
    ],
  ])('should keep %s', (_case, html) => {
    expect(isAuthorTagline(probeOf(html))).toBe(false);
  });
});

describe('isAuthorTagline: a column’s or roundup’s schedule note', () => {
  it.each([
    [
      'a links roundup’s closing note with a sentence after it',
      `${PARAGRAPHS}<p data-probe><em>What We're Reading appears every Saturday. Recommendations are the editors' own.</em></p>`,
    ],
    ['a column saying when it runs', `${PARAGRAPHS}<p data-probe><i>This column appears every other Tuesday.</i></p>`],
    [
      'a writer’s column, in print and online',
      `${PARAGRAPHS}<p data-probe><em>Ann Lee’s column is published on Sundays in print and online.</em></p>`,
    ],
    ['a briefing sent on weekdays', `${PARAGRAPHS}<p data-probe><em>Morning Links goes out weekdays.</em></p>`],
  ])('should read %s as the tagline', (_case, html) => {
    expect(isAuthorTagline(probeOf(html))).toBe(true);
  });

  it.each([
    ['the same note in plain type', `${PARAGRAPHS}<p data-probe>What We're Reading appears every Saturday.</p>`],
    [
      'a market that runs every week, closing a story in italics',
      `${PARAGRAPHS}<p data-probe><em>The Harbour Market runs every Saturday until October.</em></p>`,
    ],
    [
      'a band that appears at a venue',
      `${PARAGRAPHS}<p data-probe><em>The Harbour Quartet appears every Friday at the Anchor Inn.</em></p>`,
    ],
    [
      'a sentence going on after the schedule',
      `${PARAGRAPHS}<p data-probe><em>The Gazette appears every Thursday, and its editor has not missed an issue since 1998.</em></p>`,
    ],
    ['the note opening the piece', `<p data-probe><em>This column appears every other Tuesday.</em></p>${PARAGRAPHS}`],
  ])('should keep %s', (_case, html) => {
    expect(isAuthorTagline(probeOf(html))).toBe(false);
  });
});
