import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isTickerFeed } from '../../../utils/dom/is-ticker-feed';

const block = (inner: string): Element =>
  parseHTML(`<html><body><div id="b">${inner}</div></body></html>`).document.querySelector('#b') as Element;

const POSTS = [
  'SIX! The opener clears midwicket and the home side need three from two balls.',
  'RUN OUT! The captain is short of his ground after a direct hit from cover.',
  'OUT! The number three holes out to long-off after a fine fifty.',
];
const post = (time: string, text: string): string => `<div><span>${time}</span><p>${text}</p></div>`;

describe('isTickerFeed', () => {
  it.each([
    ['posts stamped with am/pm times', POSTS.map((text, i) => post(`6:4${i}pm`, text)).join('')],
    ['posts stamped with 24-hour times and a zone', POSTS.map((text, i) => post(`18:4${i} GMT`, text)).join('')],
    [
      'stamps Readability re-set as paragraphs, with a button after the posts',
      `${POSTS.map((text, i) => `<div><p><span>6:4${i}pm</span></p><p>${text}</p></div>`).join('')}<p>Load more</p>`,
    ],
  ])('should read %s as a ticker', (_case, inner) => {
    expect(isTickerFeed(block(inner))).toBe(true);
  });

  it.each([
    [
      'two stamped posts only',
      POSTS.slice(0, 2)
        .map((text, i) => post(`6:4${i}pm`, text))
        .join(''),
    ],
    [
      'a timetable of stamped lines among more paragraphs',
      `${POSTS.map((text, i) => post(`6:4${i}pm`, text)).join('')}${POSTS.map((text) => `<p>${text}</p>`).join('')}<p>More.</p>`,
    ],
    ['posts opening on a date, not a time', POSTS.map((text) => post('Nov. 28, 2026', text)).join('')],
    ['paragraphs that mention a time', POSTS.map((text) => `<p>At 6:41pm ${text}</p>`).join('')],
    [
      'stamps with no post after them',
      ['6:41pm', '6:39pm', '6:12pm'].map((time) => `<div><span>${time}</span></div>`).join(''),
    ],
  ])('should not read %s as a ticker', (_case, inner) => {
    expect(isTickerFeed(block(inner))).toBe(false);
  });
});
