import { describe, expect, it } from 'vitest';
import { isTourDatesBox } from '../../../utils/dom/is-tour-dates-box';
import { elementOf } from './element-of';

const SHOWS =
  '<ul><li>02/11 – Seattle, WA @ The Crocodile</li><li>02/13 – San Francisco, CA @ The Independent</li></ul>';
const PITCH = '<p>Get tickets to Marrow Coast’s upcoming shows <a href="https://tickets.example/mc">here</a>.</p>';

describe('isTourDatesBox', () => {
  it.each([
    [
      'a box with its heading, tickets pitch and shows',
      `<div><h3>Marrow Coast 2027 Tour Dates</h3>${PITCH}${SHOWS}</div>`,
    ],
    [
      'the pitch after the shows',
      `<aside><h4>Upcoming tour dates</h4>${SHOWS}<p><a href="/t">Buy tickets</a></p></aside>`,
    ],
  ])('should take %s', (_case, html) => {
    expect(isTourDatesBox(elementOf(html))).toBe(true);
  });

  it.each([
    [
      'a tour announcement’s own block: prose, then the shows',
      `<div><p>Marrow Coast will tour the West Coast in February, the band said on Monday.</p><h3>2027 Tour Dates</h3>${SHOWS}</div>`,
    ],
    ['a box of shows with no tickets named', `<div><h3>Marrow Coast 2027 Tour Dates</h3>${SHOWS}</div>`],
    [
      'a box whose list holds prose',
      `<div><h3>Tour dates</h3>${PITCH}<ul><li>The band opens in Seattle, where it played its first show.</li></ul></div>`,
    ],
    ['a box under another heading', `<div><h3>Where to see them</h3>${PITCH}${SHOWS}</div>`],
    ['the list alone', SHOWS],
  ])('should keep %s', (_case, html) => {
    expect(isTourDatesBox(elementOf(html))).toBe(false);
  });
});
