import { describe, expect, it } from 'vitest';
import { isMethodBox } from '../../../utils/dom/is-method-box';
import { elementOf } from './element-of';

const NOTE = '<p>Our team researches and evaluates every product we recommend.</p>';

describe('isMethodBox', () => {
  it.each([
    ['a vetting note beside a product card', `<div class="css-1x2"><p>How we vet brands and products</p>${NOTE}</div>`],
    [
      'a "How we reviewed this article:" box with sources and history',
      '<section><h2>How we reviewed this article:</h2><div><button>Sources</button><button>History</button></div>' +
        '<p>We rely on peer-reviewed studies.</p><ul><li>Lee A (2026). A trial.</li></ul></section>',
    ],
    ['a "Why trust us" box', `<aside><h3>Why Trust Us</h3>${NOTE}</aside>`],
    ['a bold "Why you can trust …" label', `<div><p><strong>Why you can trust our picks?</strong></p>${NOTE}</div>`],
    ['a "Why you can trust <site>" box', `<div><h4>Why you can trust Harbour Tech</h4>${NOTE}</div>`],
  ])('should find %s', (_case, html) => {
    expect(isMethodBox(elementOf(html))).toBe(true);
  });

  it.each([
    [
      'a review’s own "How we tested" section',
      '<section><h2>How we tested</h2><p>We ran each blender for ten minutes a day for a month.</p></section>',
    ],
    ['the label alone', '<div><p>How we vet brands and products</p></div>'],
    ['the label as a paragraph', '<p>How we vet brands and products</p>'],
    [
      'a heading of prose that starts like the label',
      '<section><h2>How we reviewed this article’s claims against the council minutes from 2019 to 2024</h2>' +
        `${NOTE}</section>`,
    ],
    [
      'a story section about trust',
      '<section><h2>Why patients trust pharmacists</h2><p>Surveys rank them above doctors.</p></section>',
    ],
    [
      'a section on trust in general',
      '<div><h2>Why trust matters</h2><p>Surveys rank pharmacists above doctors.</p></div>',
    ],
    [
      'a long block under the label',
      `<div><h2>Why trust us</h2>${'<p>' + 'A long paragraph. '.repeat(250) + '</p>'}</div>`,
    ],
  ])('should keep %s', (_case, html) => {
    expect(isMethodBox(elementOf(html))).toBe(false);
  });
});

describe('isMethodBox, AI-use and foreign trust notes', () => {
  it.each([
    [
      'a "How we use AI" note under a story',
      '<div><h3>How we use AI</h3><p>Key Points summaries are generated with the help of AI and reviewed by our journalists. <a href="/ai">Read our AI principles</a>.</p></div>',
    ],
    [
      'a German trust box',
      '<section><h3>Warum Sie uns vertrauen können</h3><p>Wir arbeiten nach den Regeln des Pressekodex.</p></section>',
    ],
    [
      'a Spanish trust box',
      '<div><h4>Por qué puede confiar en nosotros</h4><p>Verificamos cada dato antes de publicar.</p></div>',
    ],
  ])('should take %s', (_case, html) => {
    expect(isMethodBox(elementOf(html))).toBe(true);
  });

  it.each([
    [
      'a story section headed "How farmers use AI"',
      '<section><h2>How farmers use AI</h2><p>Growers in the valley now fly drones over their fields.</p></section>',
    ],
    [
      'a story section headed "How we use AI in class"',
      '<section><h2>How we use AI in class, by a teacher</h2><p>My pupils ask it for quiz questions.</p></section>',
    ],
  ])('should keep %s', (_case, html) => {
    expect(isMethodBox(elementOf(html))).toBe(false);
  });
});
