import { describe, expect, it } from 'vitest';
import { headedLinkBlocks, isBlockHeading } from '../../../utils/dom/headed-link-blocks';
import { isMoreFromHeading } from '../../../utils/dom/more-from-heading';
import type { LineLinks } from '../../../utils/dom/trim-link-runs';

describe('isMoreFromHeading', () => {
  it.each([
    'Mehr von heise+',
    'Mehr aus dem Ressort',
    'Mehr zu Bahn',
    'Meer van NOS',
    'Meer over klimaat',
    'Mer från SVT',
    'Mere fra DR:',
  ])('should take %j as a "More from X" heading', (line) => {
    expect(isMoreFromHeading(line)).toBe(true);
    expect(isBlockHeading(line)).toBe(true);
  });

  it.each([
    'Mehr zu tun gibt es nicht.',
    'Mehr von dem, was die Kunden wollen, sagt der Chef',
    'Meer over de plannen volgt later deze week, zei de wethouder.',
    'Mehr Geld für die Bahn',
  ])('should leave %j', (line) => {
    expect(isMoreFromHeading(line)).toBe(false);
  });
});

describe('headedLinkBlocks under a "More from X" heading', () => {
  const prose: LineLinks = { chars: 180, linkChars: 0, sentence: true };
  const heading: LineLinks = { chars: 15, linkChars: 0, sentence: false };
  const link: LineLinks = { chars: 50, linkChars: 50, sentence: false };

  it('should drop the heading and the links under it', () => {
    expect([...headedLinkBlocks([prose, heading, link, link], [false, true, false, false])]).toEqual([1, 2, 3]);
  });

  it('should keep a heading with prose under it', () => {
    expect([...headedLinkBlocks([prose, heading, prose], [false, true, false])]).toEqual([]);
  });
});
