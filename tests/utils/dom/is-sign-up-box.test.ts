import { describe, expect, it } from 'vitest';
import { isSignUpBox } from '../../../utils/dom/is-sign-up-box';
import { elementOf } from './element-of';

describe('isSignUpBox', () => {
  it.each([
    [
      'a newsletter box with a title and a button',
      '<div class="css-1"><div class="css-2">Get the latest news on education</div><p class="css-3">A weekly look at what is happening in schools.</p><button>Sign up</button></div>',
    ],
    [
      'a print offer',
      '<div><h3>Enjoyed this story?</h3><p>Get the sky guide every month. Subscribe to the print edition from £4.25 an issue.</p><a href="/subscribe/">Subscribe now</a></div>',
    ],
    [
      'a French newsletter box',
      '<section><h3>Newsletter « La Matinale »</h3><p>Chaque matin, les titres essentiels de l’actualité.</p><a href="/newsletters/">S’inscrire</a></section>',
    ],
    [
      'a button in its own paragraph',
      '<div><p class="css-t">Newsletter Loir-et-Cher</p><p>Recevez chaque matin l’essentiel.</p><p><a class="css-b" href="/nl">Je m’inscris</a></p></div>',
    ],
  ])('should take %s', (_case, html) => {
    expect(isSignUpBox(elementOf(html))).toBe(true);
  });

  it.each([
    [
      'a paragraph linking the word in a sentence',
      '<div><p>Residents can <a href="/alerts">subscribe</a> to the county’s text alerts for sailings.</p><p>The ferry runs hourly.</p></div>',
    ],
    [
      'a box without a sign-up button',
      '<div><h3>Voting on Tuesday</h3><p>Polls are open from 7 a.m. to 8 p.m.</p><a href="/where">Find your polling place</a></div>',
    ],
    ['a lone button', '<div><button>Subscribe</button></div>'],
    [
      'a long section with a button',
      `<section><h2>How the scheme works</h2>${'<p>Members pay a monthly fee and the club keeps the courts open through the winter months.</p>'.repeat(6)}<a href="/j">Sign up</a></section>`,
    ],
  ])('should keep %s', (_case, html) => {
    expect(isSignUpBox(elementOf(html))).toBe(false);
  });
});
