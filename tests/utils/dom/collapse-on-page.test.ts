// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { COLLAPSED_ATTRIBUTE, collapseOnPage, restorePage } from '../../../utils/dom/collapse-on-page';

let comments: Element[];

beforeEach(() => {
  document.body.innerHTML = '<div class="c">one</div><div class="c">two</div><div class="c">three</div>';
  document.head.innerHTML = '';
  comments = [...document.querySelectorAll('.c')];
});

const hidden = () => comments.map((element) => element.hasAttribute(COLLAPSED_ATTRIBUTE));

describe('collapseOnPage', () => {
  it('should hide only the given elements, with one style rule', () => {
    expect(collapseOnPage([comments[0]!, comments[2]!], true)).toBe(2);
    expect(hidden()).toEqual([true, false, true]);
    expect(document.querySelectorAll('style')).toHaveLength(1);
  });

  it('should show them again when expanded', () => {
    collapseOnPage(comments, true);
    expect(collapseOnPage([comments[1]!], false)).toBe(1);
    expect(hidden()).toEqual([true, false, true]);
  });

  it('should count no change for elements already in that state', () => {
    collapseOnPage([comments[0]!], true);
    expect(collapseOnPage([comments[0]!], true)).toBe(0);
  });

  it.each([
    ['<body>', () => document.body],
    ['<html>', () => document.documentElement],
  ])('should refuse to hide %s', (_name, element) => {
    expect(collapseOnPage([element()], true)).toBe(0);
    expect(element().hasAttribute(COLLAPSED_ATTRIBUTE)).toBe(false);
  });
});

describe('restorePage', () => {
  it('should leave the page as it was', () => {
    const before = document.documentElement.outerHTML;
    collapseOnPage(comments, true);
    restorePage();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
