import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { siteNameTest } from '../../../utils/dom/site-name-test';

const testFor = (head: string): ((line: string) => boolean) =>
  siteNameTest(parseHTML(`<html><head>${head}</head><body></body></html>`).document as unknown as Document);

describe('siteNameTest', () => {
  const og = '<meta property="og:site_name" content="Harbour LIVE">';

  it.each(['Harbour LIVE', '  harbour   live ', 'HARBOUR LIVE', 'Michael Osei|Harbour LIVE', 'Ann Lee / Harbour LIVE'])(
    'should read "%s" as the site name',
    (line) => {
      expect(testFor(og)(line)).toBe(true);
    },
  );

  it.each([
    'Harbour LIVE reported the ferry returns on Monday.',
    'Harbour',
    '(Harbour LIVE)',
    'Reuters',
    'The ferry was photographed by Ann Lee / Harbour LIVE',
    'Michael Osei|Quay Times',
  ])('should keep the line "%s"', (line) => {
    expect(testFor(og)(line)).toBe(false);
  });

  it('should read the application name when the page gives no og:site_name', () => {
    expect(testFor('<meta name="application-name" content="Quay Times">')('Quay Times')).toBe(true);
  });

  it('should read the JSON-LD publisher when the page gives no meta name', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry returns","publisher":{"@type":"Organization","name":"Quay Times"}}</script>';
    expect(testFor(ld)('Quay Times')).toBe(true);
  });

  it('should match nothing when the page names no site', () => {
    expect(testFor('<title>Ferry returns</title>')('Ferry returns')).toBe(false);
  });
});
