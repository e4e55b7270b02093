import { describe, expect, it } from 'vitest';
import { classNames, withoutModuleHash } from '../../../utils/dom/class-names';
import { postcssModuleLocal } from '../../../utils/dom/postcss-module-class';
import { elementOf } from './element-of';

describe('postcssModuleLocal', () => {
  it.each([
    ['_commentContainer_1jhy4_55', 'commentContainer'],
    ['_container_1jhy4_1', 'container'],
    ['_share-bar_a9x0k_112', 'share-bar'],
    ['_author_name_0zz9q_7', 'author_name'],
  ])('should read "%s" as its local name', (token, local) => {
    expect(postcssModuleLocal(token)).toBe(local);
  });

  it.each([
    'comment--3ZpQUnzl',
    '_commentContainer',
    'commentContainer_1jhy4_55',
    '_comment_1jhy4',
    '_comment_1JHY4_55',
    '__next',
    '_ngcontent-c12',
  ])('should read nothing off "%s"', (token) => {
    expect(postcssModuleLocal(token)).toBeUndefined();
  });

  it('should take the hash and line off in withoutModuleHash', () => {
    expect(withoutModuleHash('_commentContainer_1jhy4_55')).toBe('commentContainer');
    expect(withoutModuleHash('comment--3ZpQUnzl')).toBe('comment');
    expect(withoutModuleHash('entry-content')).toBe('entry-content');
  });

  it('should spell the local name as words in classNames', () => {
    const names = classNames(elementOf('<p class="_statsBar_1jhy4_9">x</p>')).split(' ');
    expect(names).toContain('stats-bar');
  });
});
