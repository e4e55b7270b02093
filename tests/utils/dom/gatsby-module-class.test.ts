import { describe, expect, it } from 'vitest';
import { classNames } from '../../../utils/dom/class-names';
import { gatsbyModuleLocal } from '../../../utils/dom/gatsby-module-class';
import { elementOf } from './element-of';

describe('gatsbyModuleLocal', () => {
  it.each([
    ['article-module--heroCaption--2mR8t', 'heroCaption'],
    ['layout-module--wrapper--1xQpa', 'wrapper'],
    ['related-module--story-card--a_3Kz', 'story-card'],
  ])('should read "%s" as its local name', (token, local) => {
    expect(gatsbyModuleLocal(token)).toBe(local);
  });

  it.each(['comment--3ZpQUnzl', 'card--featured', 'article-module', 'ArticleBio_root__r6Ggy', 'module--body--x'])(
    'should read nothing off "%s"',
    (token) => {
      expect(gatsbyModuleLocal(token)).toBeUndefined();
    },
  );

  it('should spell the local name as words in classNames', () => {
    const names = classNames(elementOf('<p class="article-module--heroCaption--2mR8t">x</p>'));
    expect(names.split(' ')).toContain('hero-caption');
    expect(names.split(' ')).not.toContain('article-module');
  });
});
