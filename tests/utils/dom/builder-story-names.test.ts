import { describe, expect, it } from 'vitest';
import { isBuilderChrome, withoutBuilderStoryNames } from '../../../utils/dom/builder-story-names';
import { isFurnitureElement } from '../../../utils/dom/is-furniture-element';
import { elementOf } from './element-of';

describe('withoutBuilderStoryNames', () => {
  it('should drop the builder structure and story-kind names, and keep the others', () => {
    expect(withoutBuilderStoryNames('elementor-element elementor-widget elementor-widget-text-editor').trim()).toBe(
      'elementor-element',
    );
    expect(withoutBuilderStoryNames('elementor-widget-posts elementor-grid').trim()).toBe(
      'elementor-widget-posts elementor-grid',
    );
  });
});

describe('isBuilderChrome', () => {
  it('should read the theme builder site header and footer, not the single-post template', () => {
    expect(isBuilderChrome('elementor elementor-27 elementor-location-footer')).toBe(true);
    expect(isBuilderChrome('elementor elementor-18 elementor-location-header')).toBe(true);
    expect(isBuilderChrome('elementor elementor-412 elementor-location-single post-2231')).toBe(false);
  });
});

describe('isFurnitureElement on page-builder widgets', () => {
  it.each([
    '<div class="elementor-element elementor-widget elementor-widget-text-editor"></div>',
    '<div class="elementor-element elementor-widget elementor-widget-heading"></div>',
    '<div class="elementor-element elementor-widget elementor-widget-image"></div>',
    '<div class="elementor-element elementor-widget elementor-widget-theme-post-content"></div>',
    '<div class="elementor-element elementor-widget elementor-widget-theme-post-excerpt"></div>',
    '<div class="elementor-widget-container"></div>',
    '<div class="elementor-widget-wrap elementor-element-populated"></div>',
  ])('should keep the story widget %s', (html) => {
    expect(isFurnitureElement(elementOf(html))).toBe(false);
  });

  it.each([
    '<div class="elementor-element elementor-widget elementor-widget-posts"></div>',
    '<div class="elementor-element elementor-widget elementor-widget-post-navigation"></div>',
    '<div class="elementor-element elementor-widget elementor-widget-button"></div>',
    '<div class="elementor-element elementor-widget elementor-widget-share-buttons"></div>',
    '<div class="elementor-element elementor-widget elementor-widget-author-box"></div>',
    '<div class="elementor-element elementor-widget elementor-widget-loop-grid"></div>',
    '<div class="widget widget_text"></div>',
    '<div data-elementor-type="footer" class="elementor elementor-27 elementor-location-footer"></div>',
  ])('should still read %s as furniture', (html) => {
    expect(isFurnitureElement(elementOf(html))).toBe(true);
  });
});

describe('withoutBuilderStoryNames on Confluence layouts', () => {
  it("should drop Confluence's layout names, so the column holding the text is no sidebar", () => {
    expect(withoutBuilderStoryNames('columnLayout two-right-sidebar').trim()).toBe('columnLayout');
    expect(isFurnitureElement(elementOf('<div class="columnLayout two-right-sidebar"><p>Text.</p></div>'))).toBe(false);
  });

  it('should keep a sidebar named as one', () => {
    expect(isFurnitureElement(elementOf('<div class="right-sidebar"><p>Text.</p></div>'))).toBe(true);
  });
});
