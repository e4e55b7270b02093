import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isQuickList } from '../../../utils/dom/is-quick-list';

/** The element marked `data-probe` in a page fragment, and whether it is a buying guide's quick list. */
const probe = (html: string): boolean => {
  const doc = parseHTML(`<html><body><article>${html}</article></body></html>`).document as unknown as Document;
  const element = doc.querySelector('[data-probe]');
  if (!element) throw new Error('no probe');
  return isQuickList(element);
};

const ENTRY = (id: string, name: string, award: string, shop: string) =>
  `<li><a href="#${id}"><strong>${name}</strong></a> <span>${award}</span> <a class="btn" href="https://www.amazon.com/dp/x" rel="sponsored nofollow">${shop}</a></li>`;

describe('isQuickList', () => {
  it.each([
    [
      'a list of picks, each an in-page link, an award and a paid shop button',
      `<ol data-probe>${ENTRY('a', 'Corvo Edge 5a', 'Best overall', '$349 at Amazon')}${ENTRY('b', 'Lumina Nova 12', 'Best battery life', '$279 at Best Buy')}</ol>`,
    ],
    [
      'the box holding only such a list and its heading',
      `<div data-probe><h2>Quick list</h2><ol>${ENTRY('a', 'Corvo Edge 5a', 'Best overall', '$349 at Amazon')}${ENTRY('b', 'Lumina Nova 12', 'Best battery life', '$279 at Best Buy')}</ol></div>`,
    ],
  ])('should read %s as a quick list', (_case, html) => {
    expect(probe(html)).toBe(true);
  });

  it.each([
    [
      'a list of picks with a sentence about each',
      `<ol data-probe><li><a href="#a">Corvo Edge 5a</a>: the phone we recommend to most people, with a sharp camera. <a href="https://a.example/x" rel="sponsored">$349 at Amazon</a></li><li><a href="#b">Lumina Nova 12</a>: lasts two full days on a charge in our testing. <a href="https://a.example/y" rel="sponsored">$279 at Best Buy</a></li></ol>`,
    ],
    [
      'a table of contents without shop buttons (left to the contents-list rule)',
      '<ul data-probe><li><a href="#tools">What you need</a></li><li><a href="#steps">Step by step</a></li></ul>',
    ],
    [
      "a deals list linking to shops only, the deals post's story",
      '<ul data-probe><li><a href="https://a.example/x" rel="sponsored">Corvo Edge 5a for $299 at Amazon</a> (save $50)</li><li><a href="https://a.example/y" rel="sponsored">Lumina Nova 12 for $229 at Best Buy</a></li></ul>',
    ],
    [
      'entries whose other link is not marked as paid',
      '<ol data-probe><li><a href="#a">Corvo Edge 5a</a> <a href="/reviews/corvo">Review</a></li><li><a href="#b">Lumina Nova 12</a> <a href="/reviews/lumina">Review</a></li></ol>',
    ],
    ['a single pick', `<ol data-probe>${ENTRY('a', 'Corvo Edge 5a', 'Best overall', '$349 at Amazon')}</ol>`],
    [
      'a box with a paragraph besides the list',
      `<div data-probe><p>Our picks, in short.</p><ol>${ENTRY('a', 'Corvo Edge 5a', 'Best overall', '$349 at Amazon')}${ENTRY('b', 'Lumina Nova 12', 'Best battery life', '$279 at Best Buy')}</ol></div>`,
    ],
  ])('should not read %s as a quick list', (_case, html) => {
    expect(probe(html)).toBe(false);
  });
});
