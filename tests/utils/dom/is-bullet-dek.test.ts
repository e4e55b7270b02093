import { describe, expect, it } from 'vitest';
import { isBulletDek } from '../../../utils/dom/is-bullet-dek';
import { elementOf } from './element-of';

const FARES = 'Fares on the island route rise 6% from January';
const COSTS = 'The operator blames fuel and crew costs for the rise';

describe('isBulletDek', () => {
  it.each([
    ['two summary bullets', `<ul><li>${FARES}</li><li>${COSTS}</li></ul>`],
    ['four numbered bullets', `<ol><li>${FARES}</li><li>${COSTS}</li><li>${FARES}</li><li>${COSTS}</li></ol>`],
  ])('should read %s as a dek', (_case, html) => {
    expect(isBulletDek(elementOf(html))).toBe(true);
  });

  it.each([
    ['a menu of links', `<ul><li><a href="/a">${FARES}</a></li><li><a href="/b">${COSTS}</a></li></ul>`],
    ['a single bullet', `<ul><li>${FARES}</li></ul>`],
    ['a list of short labels', '<ul><li>Ferries</li><li>Fares</li><li>Island</li></ul>'],
    [
      'a list of five facts',
      `<ul><li>${FARES}</li><li>${COSTS}</li><li>${FARES}</li><li>${COSTS}</li><li>${FARES}</li></ul>`,
    ],
    ['a list of bylines', '<ul><li>By Ann Lee and Tom Ward</li><li>Updated 3 hours ago on the island</li></ul>'],
    ['a paragraph', `<p>${FARES}. ${COSTS}.</p>`],
  ])('should not read %s as a dek', (_case, html) => {
    expect(isBulletDek(elementOf(html))).toBe(false);
  });

  it('should read a single bullet as a dek when the page description repeats it', () => {
    expect(isBulletDek(elementOf(`<ul><li>${FARES}</li></ul>`), `${FARES} `)).toBe(true);
  });

  it.each([
    ['another description', `<ul><li>${FARES}</li></ul>`, COSTS],
    ['a description longer than the bullet', `<ul><li>${FARES}</li></ul>`, `${FARES}. ${COSTS}`],
    ['a linked bullet', `<ul><li><a href="/a">${FARES}</a></li></ul>`, FARES],
    ['a single bylined bullet', '<ul><li>By Ann Lee and Tom Ward</li></ul>', 'By Ann Lee and Tom Ward'],
  ])('should not read a single bullet as a dek with %s', (_case, html, description) => {
    expect(isBulletDek(elementOf(html), description)).toBe(false);
  });
});

describe('isBulletDek (a furniture line as the last bullet)', () => {
  const HOME = `<li><a href="https://www.businessinsider.com/?hprecirc-bullet"><em>Visit Business Insider's homepage for more stories</em></a>.</li>`;

  it('should read key points over a link to the site home page as a dek', () => {
    expect(isBulletDek(elementOf(`<ul><li>${FARES}</li><li>${COSTS}</li><li>${FARES}</li>${HOME}</ul>`))).toBe(true);
  });

  it.each([
    [
      'a story link as the last bullet',
      `<ul><li>${FARES}</li><li>${COSTS}</li><li><a href="/x">${FARES}</a></li></ul>`,
    ],
    ['one point over the home-page link', `<ul><li>${FARES}</li>${HOME}</ul>`],
    [
      'five points over the home-page link',
      `<ul><li>${FARES}</li><li>${COSTS}</li><li>${FARES}</li><li>${COSTS}</li><li>${FARES}</li>${HOME}</ul>`,
    ],
  ])('should not read %s as a dek', (_case, html) => {
    expect(isBulletDek(elementOf(html))).toBe(false);
  });
});
