import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { trustBadgeBoxTest } from '../../../utils/dom/trust-badge-box-test';

/** The classes of the elements of `html` the test finds. */
function badgeBoxes(html: string): string[] {
  const { document } = parseHTML(`<html><body><article>${html}</article></body></html>`);
  const doc = document as unknown as Document;
  const isBadge = trustBadgeBoxTest(doc);
  return [...doc.querySelectorAll('div, p, section, aside')].filter(isBadge).map((element) => element.className);
}

const STORY =
  '<p class="story">The council voted on Monday to rebuild the harbour wall after two winters of storms.</p>';

describe('trustBadgeBoxTest', () => {
  it.each([
    [
      'a JTI badge box with its "Mehr erfahren" link',
      `${STORY}<div class="footer">Tags: Biel <div class="jti"><p>Zertifiziert nach den Standards der Journalism Trust Initiative</p><a href="/jti">Mehr erfahren</a></div></div>`,
      ['jti'],
    ],
    [
      'a Trust Project membership line',
      `${STORY}<div class="badge"><p>We are a member of The Trust Project.</p></div>`,
      ['badge'],
    ],
    [
      'a JTI certification in French',
      `${STORY}<aside class="cert"><p>Média certifié selon la norme Journalism Trust Initiative (JTI)</p><a href="#">En savoir plus</a></aside>`,
      ['cert'],
    ],
  ])('should find %s', (_, html, expected) => {
    expect(badgeBoxes(html)).toEqual(expected);
  });

  it.each([
    ['a page naming no scheme', `${STORY}<div class="box"><p>Certified organic since 2012.</p></div>`],
    [
      'a story paragraph about the scheme (long)',
      '<p class="story">The Journalism Trust Initiative, launched by Reporters Without Borders in 2018, has now certified more than 1,500 media outlets in 90 countries, its director told the conference on Tuesday, adding that the standard would be revised next year after a consultation.</p>',
    ],
    [
      "a story's short paragraph among others",
      `${STORY}<p class="story">The paper became a member of the Trust Project in 2019.</p>${STORY}`,
    ],
    [
      'a short mention without a badge word',
      '<p class="story">She once worked on the Trust Project in California.</p>',
    ],
  ])('should leave %s', (_, html) => {
    expect(badgeBoxes(html)).toEqual([]);
  });
});
