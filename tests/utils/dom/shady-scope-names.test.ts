import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { clearShadyScopeNames, withoutShadyScopeNames } from '../../../utils/dom/shady-scope-names';
import { classNames } from '../../../utils/dom/class-names';
import { isFurnitureElement } from '../../../utils/dom/is-furniture-element';
import { readPage } from '../../../utils/dom/read-page';
import { elementOf } from './element-of';

describe('withoutShadyScopeNames', () => {
  it.each([
    ['a paragraph in a component’s template', 'style-scope news-article', ''],
    ['a caption in a component’s template', 'caption style-scope harbour-article', 'caption'],
    ['YouTube’s title in its renderer’s template', 'title style-scope ytd-video-primary-info-renderer', 'title'],
    ['an app layout with its custom-property scope', 'style-scope harbour-app x-scope app-header-layout-0', ''],
    ['a button with its numbered scope', 'share x-scope paper-button-0', 'share'],
  ])('should take the scoping names off %s', (_case, names, expected) => {
    expect(withoutShadyScopeNames(names)).toBe(expected);
  });

  it.each([
    ['a block with no scoping names', 'article-header related'],
    ['a site’s own scope-named class', 'site-scope news-header'],
    ['a BEM modifier', 'story__body story__body--wide'],
  ])('should keep %s as it is', (_case, names) => {
    expect(withoutShadyScopeNames(names)).toBe(names);
  });

  it('should keep a class after `style-scope` that is no element name', () => {
    expect(withoutShadyScopeNames('style-scope header')).toBe('header');
  });
});

describe('clearShadyScopeNames', () => {
  it('should take the scoping names off every element of the copy, and leave the others', () => {
    const { document } = parseHTML(
      '<html><body><app-header-layout class="style-scope my-app x-scope app-header-layout-0">' +
        '<div class="content style-scope news-article"><p class="lede">Text</p></div></app-header-layout></body></html>',
    );
    clearShadyScopeNames(document as unknown as Document);
    expect(document.querySelector('app-header-layout')?.getAttribute('class')).toBe('');
    expect(document.querySelector('div')?.getAttribute('class')).toBe('content');
    expect(document.querySelector('p')?.getAttribute('class')).toBe('lede');
  });
});

describe('class words without Shady DOM scoping names', () => {
  it('should not read a component’s name as the block’s (a story paragraph in `comments-header`’s template)', () => {
    const paragraph = elementOf('<p class="style-scope ytd-comments-header-renderer">Text of a paragraph.</p>');
    expect(classNames(paragraph)).toBe('');
    expect(isFurnitureElement(paragraph)).toBe(false);
  });

  it('should still read the block’s own names beside them', () => {
    expect(isFurnitureElement(elementOf('<div class="caption style-scope news-article">A caption</div>'))).toBe(true);
  });
});

const STORY = [
  'Deckhands and engineers on the island ferries have voted to strike for two days next month over a winter rota.',
  'The walkout would halt all six daily crossings, the only link for the island’s residents apart from a cargo flight.',
  'The operator says the new rota would save money and keep fares frozen; the union says it is unsafe for crews.',
  'Talks between the two sides will resume on Thursday at the offices of the regional transport partnership.',
];

describe('readPage on a Polymer app saved under Shady DOM', () => {
  it('should read the story inside an app-header-layout, without the caption under its picture', () => {
    const paragraphs = STORY.map((text) => `<p class="style-scope news-article">${text}</p>`).join('');
    const html =
      '<html><head><title>Ferry crews vote to strike</title></head><body><news-app class="x-scope news-app-0">' +
      '<app-header-layout class="style-scope news-app x-scope app-header-layout-0">' +
      '<app-header slot="header" class="style-scope news-app x-scope app-header-0"><div class="style-scope news-app">News</div></app-header>' +
      '<iron-pages class="style-scope news-app"><news-article class="style-scope news-app x-scope news-article-0 iron-selected">' +
      '<div class="article-container style-scope news-article"><h1 class="headline style-scope news-article">Ferry crews vote to strike</h1>' +
      '<iron-image class="style-scope news-article x-scope iron-image-0" src="/ferry.jpg"></iron-image>' +
      '<div class="caption style-scope news-article">The ferry at the terminal last winter. Picture: Harbour News</div>' +
      `<div id="content" class="content style-scope news-article">${paragraphs}</div>` +
      '</div></news-article></iron-pages></app-header-layout></news-app></body></html>';
    const { document } = parseHTML(html);
    const { text } = readPage(document as unknown as Document);
    for (const paragraph of STORY) expect(text).toContain(paragraph);
    expect(text).not.toContain('Picture: Harbour News');
  });
});
