import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isAffiliateCard } from '../../../utils/dom/is-affiliate-card';

/** Whether the page's `#box` is read as an affiliate card. */
function card(html: string): boolean {
  const { document } = parseHTML(`<html><body><main>${html}</main></body></html>`);
  const element = document.getElementById('box');
  if (!element) throw new Error('no #box');
  return isAffiliateCard(element as unknown as Element);
}

const REVIEW =
  'The Glide 9 picked up 98 percent of our test debris on medium-pile carpet, the best score we recorded, and it did so without tangling a single strand of long hair around its brush roll.';

describe('isAffiliateCard', () => {
  it.each([
    [
      "a lifestyle site's product card",
      '<div id="box"><div><img src="/b.jpg" alt=""></div><p>Hydro Flask 32 oz Wide Mouth Bottle</p><p>$44.95</p><a href="https://amzn.to/x" rel="sponsored">See it!</a><p>Get the bottle for $44.95 at Amazon! Please note, prices are accurate at the date of publication and are subject to change.</p></div>',
    ],
    [
      "a travel-rewards site's card offer",
      '<div id="box"><p>The Platinum Travel Rewards Card</p><p>Welcome offer: Earn 80,000 bonus points after you spend $6,000 in the first six months.</p><a href="/apply/4412" rel="sponsored">Apply now</a> <span>on the issuer\'s secure site</span> <a href="/rates/4412">Rates &amp; fees</a> <span>Terms apply.</span></div>',
    ],
    [
      'a deal box with nofollow and sponsored',
      '<aside id="box"><p>Anker 10,000mAh power bank</p><p><a href="https://amzn.to/y" rel="nofollow sponsored">Buy at Amazon</a></p></aside>',
    ],
  ])('should find %s', (_case, html) => {
    expect(card(html)).toBe(true);
  });

  it.each([
    [
      'a paragraph with a paid link in its sentence, in a box',
      '<div id="box"><p>We liked the <a href="https://amzn.to/z" rel="sponsored">Acme kettle</a> best: it boiled a litre in three minutes.</p></div>',
    ],
    [
      'a paragraph set as a div, with paid links in its sentence',
      '<div id="box">If you need a new one, our favorite, the <a href="https://amzn.to/t" rel="sponsored">Tallis AX1800</a> ($90 at Amazon), updates itself overnight, and the <a href="https://bby.example/c" rel="sponsored">Corvin Mesh</a> ($230 at Best Buy) covers larger homes.</div>',
    ],
    [
      "a buying guide's product section with its review",
      `<div id="box"><h3>Best overall</h3><a href="https://t.example/x" rel="sponsored">$459.00 at Target</a><p>${REVIEW}</p></div>`,
    ],
    [
      'a short box with a plain button',
      '<div id="box"><p>Hydro Flask 32 oz Wide Mouth Bottle</p><a href="/bottles">See it!</a></div>',
    ],
    [
      'a paid link item, which the line rules judge',
      '<p id="box"><a href="https://amzn.to/x" rel="sponsored">See it!</a></p>',
    ],
  ])('should not find %s', (_case, html) => {
    expect(card(html)).toBe(false);
  });
});
