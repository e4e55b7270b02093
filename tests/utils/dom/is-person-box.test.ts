import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { inPersonBox, isPersonBox } from '../../../utils/dom/is-person-box';
import { elementOf } from './element-of';

const BIO =
  'Ann Lee covers town government and the courts. She joined the paper in 2017 after six years at a county weekly.';
const PERSON = 'itemscope itemtype="https://schema.org/Person"';

describe('isPersonBox', () => {
  it.each([
    [
      'a profile under the post',
      `<div ${PERSON}><h5 itemprop="name">Ann Lee</h5><div itemprop="description"><p>${BIO}</p></div></div>`,
    ],
    ['an http type', `<section itemscope itemtype="http://schema.org/Person"><p>${BIO}</p></section>`],
  ])('should take %s', (_case, html) => {
    expect(isPersonBox(elementOf(html))).toBe(true);
  });

  it.each([
    ['a byline marked up as a person', `<div ${PERSON}><span itemprop="name">Ann Lee</span></div>`],
    ['a commenter’s name span', `<span ${PERSON}>${BIO}</span>`],
    ['a block typed otherwise', `<div itemscope itemtype="https://schema.org/Organization"><p>${BIO}</p></div>`],
    ['a profile page holding the headline', `<div ${PERSON}><h1>Ann Lee</h1><p>${BIO}</p></div>`],
    ['the story in a plain block', `<div class="m-a-box"><p>${BIO}</p></div>`],
  ])('should leave %s', (_case, html) => {
    expect(isPersonBox(elementOf(html))).toBe(false);
  });
});

describe('inPersonBox', () => {
  const page = (): Document =>
    parseHTML(
      `<html><body itemscope itemtype="https://schema.org/WebPage"><div id="story"><p>${BIO}</p></div><div ${PERSON}><div><div id="bio"><p>${BIO}</p></div></div></div></body></html>`,
    ).document as unknown as Document;

  it('should take a block deep in a profile, under a page typed otherwise', () => {
    const doc = page();
    expect(inPersonBox(doc.getElementById('bio')!, doc.getElementById('story')!)).toBe(true);
  });

  it('should leave the story, and a profile holding the block read as the story', () => {
    const doc = page();
    expect(inPersonBox(doc.getElementById('story')!)).toBe(false);
    expect(inPersonBox(doc.getElementById('bio')!, doc.getElementById('bio')!)).toBe(false);
  });
});
