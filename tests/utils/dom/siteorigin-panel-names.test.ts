import { describe, expect, it } from 'vitest';
import { isFurnitureElement } from '../../../utils/dom/is-furniture-element';
import { isPanelTextTitle, withoutPanelStoryNames } from '../../../utils/dom/siteorigin-panel-names';
import { elementOf } from './element-of';

describe('withoutPanelStoryNames', () => {
  it.each([
    ['an Editor panel', 'so-panel widget widget_sow-editor panel-first-child', 'panel-first-child'],
    ['a Headline panel', 'so-panel widget widget_sow-headline', ''],
    ['a core Text widget in a panel', 'so-panel widget widget_text panel-last-child', 'panel-last-child'],
    ["the Editor's wrapper", 'so-widget-sow-editor so-widget-sow-editor-base', ''],
    ["an Image widget's styled wrapper", 'so-widget-sow-image so-widget-sow-image-default-c67d20f9f542', ''],
    ["the Editor's text box", 'siteorigin-widget-tinymce textwidget', 'textwidget'],
  ])('should take the builder names off %s', (_case, classes, expected) => {
    expect(withoutPanelStoryNames(classes).trim()).toBe(expected);
  });

  it.each([
    ['a Button panel', 'so-panel widget widget_sow-button', 'widget_sow-button'],
    ['a Testimonial panel', 'so-panel widget widget_sow-testimonial', 'widget_sow-testimonial'],
    ['a sidebar widget', 'widget widget_recent_entries', 'widget widget_recent_entries'],
    ['a sidebar text widget', 'widget widget_text', 'widget widget_text'],
  ])('should leave the kind of %s', (_case, classes, expected) => {
    expect(withoutPanelStoryNames(classes).trim()).toBe(expected);
  });
});

describe('isFurnitureElement on SiteOrigin panels', () => {
  it.each([
    '<div class="so-panel widget widget_sow-editor panel-first-child" data-index="0"></div>',
    '<div class="so-panel widget widget_sow-headline"></div>',
    '<div class="so-widget-sow-editor so-widget-sow-editor-base"></div>',
    '<div class="siteorigin-widget-tinymce textwidget"></div>',
    '<div class="panel-widget-style panel-widget-style-for-4410-0-0-0"></div>',
  ])('should keep the story panel %s', (html) => {
    expect(isFurnitureElement(elementOf(html))).toBe(false);
  });

  it.each([
    '<div class="so-panel widget widget_sow-button"></div>',
    '<div class="so-panel widget widget_sow-testimonial"></div>',
    '<aside class="widget widget_text"><div class="textwidget"></div></aside>',
    '<div class="widget widget_recent_entries"></div>',
  ])('should still read %s as furniture', (html) => {
    expect(isFurnitureElement(elementOf(html))).toBe(true);
  });
});

describe('isPanelTextTitle', () => {
  const titleIn = (html: string): Element => elementOf(html).querySelector('.widget-title') as Element;

  it.each([
    [
      "an Editor widget's title",
      '<div class="so-panel widget widget_sow-editor"><div class="so-widget-sow-editor so-widget-sow-editor-base">' +
        '<h3 class="widget-title">Where the idea came from</h3><div class="siteorigin-widget-tinymce"></div></div></div>',
    ],
    [
      "a core Text widget's title in a panel",
      '<div class="so-panel widget widget_text"><h3 class="widget-title">How borrowing works</h3>' +
        '<div class="textwidget"></div></div>',
    ],
  ])('should read %s as the story subheading', (_case, html) => {
    const title = titleIn(html);
    expect(isPanelTextTitle(title)).toBe(true);
    expect(isFurnitureElement(title)).toBe(false);
  });

  it.each([
    [
      "an Image widget's title (its caption)",
      '<div class="so-panel widget widget_sow-image"><div class="so-widget-sow-image">' +
        '<h3 class="widget-title">The first shelves. Photo: PLD</h3></div></div>',
    ],
    [
      "a sidebar text widget's title",
      '<aside class="widget widget_text"><h3 class="widget-title">Opening hours</h3><div class="textwidget"></div></aside>',
    ],
    [
      "a testimonial panel's title",
      '<div class="so-panel widget widget_sow-testimonial"><div class="so-widget-sow-testimonial">' +
        '<h3 class="widget-title">What patrons are saying</h3></div></div>',
    ],
  ])('should leave %s as furniture', (_case, html) => {
    const title = titleIn(html);
    expect(isPanelTextTitle(title)).toBe(false);
    expect(isFurnitureElement(title)).toBe(true);
  });
});
