import { describe, expect, it } from 'vitest';
import { isPitchBox } from '../../../utils/dom/is-pitch-box';
import { elementOf } from './element-of';

describe('isPitchBox', () => {
  it.each([
    '<div class="callout"><h3>Don’t miss a trip idea</h3><p>Sign up for our newsletter to get the best trips.</p></div>',
    '<section><h4>Morning Tide</h4><p>Our newsletter, in your inbox every weekday.</p><form></form></section>',
    '<div class="digest"><p><strong>Unlock the Digest for free</strong></p><p>Our editor picks stories in this weekly newsletter.</p><a href="/n">Sign up</a></div>',
    '<div class="a_nl_c"><p>Apúntate a la newsletter de Economía</p><p>Las claves de la semana.</p><a href="/n">Apúntate</a></div>',
    '<div><p>Subscreva a newsletter Local</p><p>As notícias do Porto todas as manhãs.</p><button>Subscrever</button></div>',
  ])('should read the headed newsletter box %s as a pitch box', (html) => {
    expect(isPitchBox(elementOf(html))).toBe(true);
  });

  it.each([
    ['a paragraph about a newsletter', '<p>Residents can sign up for the council’s newsletter at the library.</p>'],
    [
      'a box without a heading',
      '<div><p>Residents can sign up for the council’s newsletter at the library desk.</p></div>',
    ],
    [
      'a section of the story about a newsletter',
      `<div><h3>The newsletter</h3><p>${'The council’s newsletter, which residents could sign up for, closed in May. '.repeat(5)}</p></div>`,
    ],
    [
      'a follow-us link block',
      '<section><h4>Newsletters</h4><a href="/newsletters"><p>Subscribe Now</p></a><a href="/apps">Get the app</a></section>',
    ],
    [
      'a box whose first line is prose about a newsletter',
      '<div><p>El ministerio dejó de enviar su newsletter en mayo.</p><p>Nadie lo explicó.</p></div>',
    ],
    [
      'a box that is only the pitch line (left to the line rules)',
      '<div><p>Apúntate a la newsletter de Economía</p></div>',
    ],
    ['a headed box that asks nothing', '<div><h3>The newsletter</h3><p>It closed in May after ten years.</p></div>'],
    [
      'a box whose bold words run inside a sentence',
      '<div><p><strong>Residents</strong> can sign up for the council’s newsletter at the library.</p></div>',
    ],
  ])('should not read %s as a pitch box', (_case, html) => {
    expect(isPitchBox(elementOf(html))).toBe(false);
  });
});
