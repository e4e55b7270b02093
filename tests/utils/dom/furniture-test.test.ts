import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { furnitureTest } from '../../../utils/dom/furniture-test';

function testFor(html: string): { isFurnitureBlock: (element: Element) => boolean; target: Element } {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const target = doc.getElementById('target');
  if (!target) throw new Error('no #target');
  return { isFurnitureBlock: furnitureTest(doc), target };
}

describe('furnitureTest', () => {
  it.each([
    ['an element named as furniture', '<div id="target" class="share-bar"><a href="/s">Share</a></div>'],
    [
      'the only paragraph of a furniture wrapper',
      '<div class="share-bar"><div><p id="target">Share this story</p></div></div>',
    ],
    [
      'a sign-up box',
      '<div id="target"><p>Get the Morning Tide in your inbox.</p><form><input type="email"></form></div>',
    ],
  ])('should read %s as furniture', (_case, html) => {
    const { isFurnitureBlock, target } = testFor(html);
    expect(isFurnitureBlock(target)).toBe(true);
  });

  it.each([
    [
      'a paragraph beside others in a furniture wrapper',
      '<div class="share-bar"><p id="target">The ferry runs twice a day.</p><p>Second.</p></div>',
    ],
    [
      'a paragraph beside wrapper text',
      '<div class="share-bar">Intro text <p id="target">The ferry runs twice a day.</p></div>',
    ],
    ['a plain paragraph', '<div class="story"><p id="target">The ferry runs twice a day.</p></div>'],
  ])('should not read %s as furniture', (_case, html) => {
    const { isFurnitureBlock, target } = testFor(html);
    expect(isFurnitureBlock(target)).toBe(false);
  });
});
