import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isOwnAddress, pageAddressTest } from '../../../utils/dom/page-address-test';

const testFor = (head: string): ((line: string) => boolean) =>
  pageAddressTest(parseHTML(`<html><head>${head}</head><body></body></html>`).document as unknown as Document);

describe('pageAddressTest', () => {
  const canonical = '<link rel="canonical" href="https://www.quaytimes.example/news/ferry-schedule-cut-123">';

  it.each([
    'https://www.quaytimes.example/news/ferry-schedule-cut-123',
    'http://quaytimes.example/news/ferry-schedule-cut-123/',
    'https://www.quaytimes.example/news/ferry-schedule-cut-123?print=1',
    'https://www.quaytimes.example/news/ferry-schedule-cut-123/?print=1',
    'URL: https://www.quaytimes.example/news/ferry-schedule-cut-123',
    'Article URL: https://www.quaytimes.example/news/ferry-schedule-cut-123',
  ])('should read %j as the page address', (line) => {
    expect(testFor(canonical)(line)).toBe(true);
  });

  it.each([
    'https://www.quaytimes.example/news/another-story-456',
    'https://www.quaytimes.example/',
    'Read the report at https://www.quaytimes.example/news/ferry-schedule-cut-123 before the vote.',
    'The council posted the plan at https://www.quaytimes.example/news/ferry-schedule-cut-123',
  ])('should keep the line %j', (line) => {
    expect(testFor(canonical)(line)).toBe(false);
  });

  it('should read the og:url when the page gives no canonical link', () => {
    const test = testFor('<meta property="og:url" content="https://quaytimes.example/a/b">');
    expect(test('https://quaytimes.example/a/b')).toBe(true);
  });

  it('should read no line as the address of a page that declares none', () => {
    expect(testFor('')('https://quaytimes.example/a/b')).toBe(false);
  });

  it('should not take the home page for the page address', () => {
    expect(testFor('<link rel="canonical" href="https://quaytimes.example/">')('https://quaytimes.example/')).toBe(
      false,
    );
  });
});

describe('isOwnAddress', () => {
  const docWith = (head: string): Document =>
    parseHTML(`<html><head>${head}</head><body></body></html>`).document as unknown as Document;
  const page = docWith('<meta property="og:url" content="https://quaytimes.example/news/ferry-schedule-cut-123/">');

  it.each([
    'https://quaytimes.example/news/ferry-schedule-cut-123/',
    'http://www.quaytimes.example/news/ferry-schedule-cut-123',
    'https://quaytimes.example/news/ferry-schedule-cut-123/?utm_source=x',
    '/news/ferry-schedule-cut-123/',
    '/News/Ferry-Schedule-Cut-123',
  ])('should take %j for the page itself', (address) => {
    expect(isOwnAddress(page, address)).toBe(true);
  });

  it.each([
    'https://quaytimes.example/news/harbour-vote-124/',
    'https://othertimes.example/news/ferry-schedule-cut-123/',
    '/news/harbour-vote-124/',
    '/',
    '//quaytimes.example/news/ferry-schedule-cut-123/',
    'news/ferry-schedule-cut-123/',
    'mailto:desk@quaytimes.example',
    '',
  ])('should not take %j for the page itself', (address) => {
    expect(isOwnAddress(page, address)).toBe(false);
  });

  it('should take nothing for the page itself when the page gives no address', () => {
    expect(isOwnAddress(docWith(''), '/news/ferry-schedule-cut-123/')).toBe(false);
  });
});
