import { describe, expect, it } from 'vitest';
import { isOfferBox } from '../../../utils/dom/is-offer-box';
import { elementOf } from './element-of';

describe('isOfferBox', () => {
  it.each([
    '<div class="c-pro-teaser"><span>t3n Pro</span><p>Mehr Hintergründe und Guides: Teste t3n Pro jetzt 30 Tage kostenlos!</p><a href="/pro">Jetzt testen</a></div>',
    '<aside><span>Offre spéciale</span><p>Profitez de notre offre spéciale : 1 € le premier mois, sans engagement.</p></aside>',
    '<section><h4>Salon Premium</h4><p>Subscribe to Salon Premium to listen to this post and get 7 days of free access to the full post archives.</p></section>',
  ])('should read the labelled offer box %s as an offer box', (html) => {
    expect(isOfferBox(elementOf(html))).toBe(true);
  });

  it.each([
    ['a paragraph', '<p>Teste t3n Pro jetzt 30 Tage kostenlos!</p>'],
    ['a box of only the offer (left to the line rules)', '<div><p>Teste t3n Pro jetzt 30 Tage kostenlos!</p></div>'],
    ['a labelled box of only a button', '<div><span>t3n Pro</span><a href="/pro">Jetzt testen</a></div>'],
    [
      'a subheading over the story’s own prose',
      '<section><h2>Was die Räder kosten</h2><p>Die Ausleihe kostet einen Euro pro halbe Stunde, sagt die Stadt.</p></section>',
    ],
    [
      'a box with a line of the story beside the offer',
      '<div><span>t3n Pro</span><p>Die Stadt hat 40 Räder gekauft, sagt Sturmfels.</p><p>Teste t3n Pro jetzt 30 Tage kostenlos!</p></div>',
    ],
    [
      'a box with loose text of its own',
      '<div>Offre <p>Profitez de notre offre spéciale : 1 € le premier mois, sans engagement.</p></div>',
    ],
    [
      'a long section about a subscription',
      `<div><h3>Abo</h3><p>${'Die Zeitung bot ihren Lesern ein Abo an, das viele kündigten. '.repeat(6)}</p></div>`,
    ],
  ])('should not read %s as an offer box', (_case, html) => {
    expect(isOfferBox(elementOf(html))).toBe(false);
  });
});
