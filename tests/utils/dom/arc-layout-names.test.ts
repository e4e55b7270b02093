import { describe, expect, it } from 'vitest';
import { withoutArcRailLayout } from '../../../utils/dom/arc-layout-names';
import { isFurnitureElement } from '../../../utils/dom/is-furniture-element';
import { elementOf } from './element-of';

describe('withoutArcRailLayout', () => {
  it.each([
    ['b-right-rail-advanced__full-width-1', 'full-width-1'],
    ['b-right-rail__main-interior-item', 'main-interior-item'],
    ['b-right-rail-advanced__main-right-rail', 'main-right-rail'],
    ['layout-section b-right-rail-advanced', 'layout-section '],
    ['right-rail', 'right-rail'],
    ['c-right-rail__list', 'c-right-rail__list'],
  ])('should read %j as %j', (classes, read) => {
    expect(withoutArcRailLayout(classes)).toBe(read);
  });
});

describe('isFurnitureElement: Arc XP rail layouts', () => {
  it.each([
    '<div class="b-right-rail-advanced__full-width-1"></div>',
    '<div class="b-right-rail__main"></div>',
    '<div class="b-right-rail-advanced__main-interior-item"></div>',
    '<div class="b-right-rail-advanced"></div>',
  ])('should not read the layout region %s as furniture', (html) => {
    expect(isFurnitureElement(elementOf(html))).toBe(false);
  });

  it.each([
    '<div class="b-right-rail-advanced__main-right-rail"></div>',
    '<div class="b-right-rail__rail-container"></div>',
    '<div class="right-rail"></div>',
  ])('should still read the rail %s as furniture', (html) => {
    expect(isFurnitureElement(elementOf(html))).toBe(true);
  });
});
