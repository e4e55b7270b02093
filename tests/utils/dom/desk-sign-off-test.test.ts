import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { deskSignOffTest } from '../../../utils/dom/desk-sign-off-test';

const HEAD = '<head><meta property="og:site_name" content="Caasimada Online"></head>';
const test = (paragraph: string): boolean => {
  const { document } = parseHTML(`<html>${HEAD}<body><article>${paragraph}</article></body></html>`);
  const doc = document as unknown as Document;
  return deskSignOffTest(doc)(doc.querySelector('p')!);
};

describe('deskSignOffTest', () => {
  it.each([
    [
      'the name, the desk and the address',
      '<p><strong>Caasimada Online</strong><br>Xafiiska Gaalkacyo<br><a href="mailto:warar@caasimada.net">warar@caasimada.net</a></p>',
    ],
    ['the name and the desk', '<p>Caasimada Online<br>Xafiiska Wararka Muqdisho</p>'],
  ])('should read %s as a sign-off', (_name, paragraph) => {
    expect(test(paragraph)).toBe(true);
  });

  it.each([
    [
      'a paragraph that goes on with a sentence',
      '<p>Caasimada Online<br>waxay ogaatay in shirka la dhigay todobaadka soo socda.</p>',
    ],
    ['a desk line ending a sentence', '<p>Caasimada Online<br>Waa la xiray.</p>'],
    ['lines under another name', '<p>Radio Muqdisho<br>Xafiiska Gaalkacyo</p>'],
    ['the name alone', '<p>Caasimada Online</p>'],
    ['a paragraph without line breaks', '<p>Caasimada Online Xafiiska Gaalkacyo</p>'],
    ['a list of five short lines', '<p>Caasimada Online<br>Muqdisho<br>Kismaayo<br>Baydhabo<br>Gaalkacyo</p>'],
  ])('should keep %s', (_name, paragraph) => {
    expect(test(paragraph)).toBe(false);
  });

  it('should read nothing on a page that declares no site name', () => {
    const { document } = parseHTML('<html><body><p>Caasimada Online<br>Xafiiska Gaalkacyo</p></body></html>');
    const doc = document as unknown as Document;
    expect(deskSignOffTest(doc)(doc.querySelector('p')!)).toBe(false);
  });
});
