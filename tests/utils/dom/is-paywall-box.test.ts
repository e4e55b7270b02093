import { describe, expect, it } from 'vitest';
import { isPaywallBox } from '../../../utils/dom/is-paywall-box';
import { elementOf } from './element-of';

const OFFER =
  '<p>This article is exclusive to Plus subscribers</p><p>Unlock this article by subscribing.</p>' +
  '<p>Already have an account? <a href="/login">Log in</a></p><a href="/plans">View All Plans</a>';

describe('isPaywallBox', () => {
  it.each([
    ['a box with the wall in its class', `<div class="site-plus-paywall">${OFFER}</div>`],
    ['a box with the wall as its id', `<section id="paywall">${OFFER}</section>`],
    ['a registration wall', '<div class="regwall"><p>Register to keep reading.</p><p>Subscribe or sign in.</p></div>'],
    [
      'a French wall',
      '<div class="fig-premium-paywall"><p>Cet article est réservé aux abonnés. Il vous reste 74% à découvrir.</p>' +
        '<a href="/abonnement">Je m’abonne</a><p>Déjà abonné ? <a href="/connexion">Connectez-vous</a></p></div>',
    ],
    [
      'a German wall',
      '<div class="paywall"><p>Jetzt weiterlesen mit Abo.</p><a href="/abo">Abonnieren</a> <a href="/login">Anmelden</a></div>',
    ],
    [
      'an unnamed box with a heading of its own over the offer (a pitch in mid-story)',
      '<div class="x7f3a"><h3>Harbour Plus Pass</h3><p>Get unlimited access to every chart.</p><a href="/plus">Subscribe now</a><p>Already a subscriber? <a href="/login">Sign in</a></p></div>',
    ],
    [
      'an unnamed registration wall whose heading calls for it, over lists of the perks',
      '<div class="q1w2e3"><h2>Register to continue</h2><p>Why register?</p><ul><li>Registration is free and only takes a moment</li>' +
        '<li>Once registered, you can read 3 articles a month</li><li>Sign up for our newsletter</li></ul><a href="/register">Register</a>' +
        '<p>Or <a href="/subscribe">subscribe</a> for unlimited access to:</p><ul><li>Unlimited access to news, views, insights and reviews</li>' +
        '<li>Digital editions</li><li>Digital access to the rankings analysis</li></ul><a href="/subscribe">Subscribe</a>' +
        '<p>Already registered or a current subscriber? <a href="/login">Login</a></p></div>',
    ],
  ])('should find %s', (_case, html) => {
    expect(isPaywallBox(elementOf(html))).toBe(true);
  });

  it.each([
    [
      'story paragraphs under the wall’s class',
      '<div class="paywall"><p>The plan would cover 120,000 homes.</p><p>Work starts in March.</p></div>',
    ],
    ['a paragraph under the wall’s class', `<p class="paywall">Subscribers can log in to the council portal.</p>`],
    ['an offer box with no wall name', `<div class="offer">${OFFER}</div>`],
    [
      'French story paragraphs under the wall’s class',
      '<div class="paywall"><p>Les abonnés du club de tennis paieront plus cher.</p><p>La mairie a voté mardi.</p></div>',
    ],
    [
      'a long block named as the wall',
      `<div class="paywall">${'<p>The council will subscribe to the plan, the mayor said at the log in desk.</p>'.repeat(12)}</div>`,
    ],
    [
      'an unnamed section of the story with a heading that talks of subscribers and signing in',
      `<div><h3>How the new fares work</h3>${'<p>Subscribers who sign in to the ferry app before May keep the old fare for a year, the operator said.</p>'.repeat(4)}</div>`,
    ],
    [
      'an unnamed box with a heading that offers a subscription but no login',
      '<div><h3>Harbour Plus Pass</h3><p>Get unlimited access to every chart.</p><a href="/plus">Subscribe now</a></div>',
    ],
    [
      'an unnamed section of the story under a heading like a wall’s call, as long as a story’s section',
      `<div><h3>Sign up to continue the pilot</h3>${'<p>Subscribers who log in to the ferry app before May keep the old fare for a year, the operator said on Monday.</p>'.repeat(8)}</div>`,
    ],
  ])('should keep %s', (_case, html) => {
    expect(isPaywallBox(elementOf(html))).toBe(false);
  });
});

describe('isPaywallBox (Baltic portals)', () => {
  it.each([
    [
      'an Estonian wall (Postimees-like)',
      '<div class="paywall-component"><h3>Loe edasi, telli Postimees Digi!</h3><p>Esimene kuu vaid 1 €.</p>' +
        '<a href="/telli">Telli</a><p>Oled juba tellija? <a href="/login">Logi sisse</a></p></div>',
    ],
    [
      'a Latvian wall',
      '<div class="paywall"><p>Raksts pieejams abonentiem.</p><a href="/abone">Abonē</a> <a href="/login">Ienākt</a></div>',
    ],
    [
      'a Lithuanian wall',
      '<div class="paywall"><p>Straipsnis skirtas prenumeratoriams.</p><a href="/p">Prenumeruok</a> <a href="/login">Prisijunkite</a></div>',
    ],
  ])('should take %s', (_case, html) => {
    expect(isPaywallBox(elementOf(html))).toBe(true);
  });

  it.each([
    [
      'a wall-named block whose words only hold "telli" inside other words (intelligence, Castelli)',
      '<div class="paywall"><p>Castelli said the intelligence report was due.</p><a href="/login">Log in</a></div>',
    ],
    [
      'an Estonian story paragraph block that mentions logging in but offers no subscription',
      '<div class="paywall"><p>Kasutajad peavad rakendusse logi sisse vajutama, ütles vallavanem.</p></div>',
    ],
  ])('should keep %s', (_case, html) => {
    expect(isPaywallBox(elementOf(html))).toBe(false);
  });
});

describe('isPaywallBox on an inline barrier', () => {
  it.each([
    [
      'a Condé Nast barrier named in its class and test id',
      '<div class="PaywallInlineBarrierWrapper-iwGPsG" data-testid="PaywallInlineBarrier"><h3>Keep reading, for less.</h3>' +
        '<p>Subscribe for $1 a week for one year. Cancel anytime.</p><a href="/subscribe">Get digital access</a></div>',
    ],
    [
      'a barrier named in its class only',
      '<aside class="body__inline-barrier"><p>Subscribe to read the rest of this story.</p></aside>',
    ],
    ['a kebab-case paywall barrier', '<div class="paywall-barrier"><p>Subscribe now for full access.</p></div>'],
  ])('should take %s for the wall', (_, html) => {
    expect(isPaywallBox(elementOf(html))).toBe(true);
  });

  it.each([
    [
      'a barrier box without an offer to subscribe (a note, not the wall)',
      '<div class="paywall-barrier"><p>The rest of this story is free to read for everyone.</p></div>',
    ],
    [
      'the story under a bare `paywall` class that mentions subscribing',
      '<div class="paywall"><p>Subscribers to the utility will see the new rate on their January bill.</p></div>',
    ],
    [
      'a long block named as a barrier (the story itself)',
      `<div class="inline-barrier">${'<p>The council voted to subscribe the town to the regional water authority for ten more years, after a long debate about rates.</p>'.repeat(8)}</div>`,
    ],
  ])('should keep %s', (_, html) => {
    expect(isPaywallBox(elementOf(html))).toBe(false);
  });
});

describe('isPaywallBox: a members organisation offers to join or to unlock', () => {
  it('should drop a wall named in a CSS module that offers to unlock the verdict and to log in', () => {
    const html =
      '<div class="Paywall_locked__Fw3Ya"><h2>Our verdict</h2><p>Find out whether it is worth buying.</p>' +
      '<div><h3>Unlock our full verdict</h3><p>Join Which? to get instant access to all of our test results.</p>' +
      '<a href="/join">Join Which?</a> <p>Already a member? <a href="/login">Log in</a></p></div></div>';
    expect(isPaywallBox(elementOf(html))).toBe(true);
  });

  it('should keep the story under a bare `paywall` class that mentions joining and logging in', () => {
    const html =
      '<div class="paywall"><p>Residents can join the scheme at the library, where staff help them log in to the ' +
      'council portal and book a slot.</p></div>';
    expect(isPaywallBox(elementOf(html))).toBe(false);
  });
});
