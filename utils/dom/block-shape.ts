/**
 * A block's shape: its tag and its whole class list. Blocks a template repeats (a live page's posts, an embed's rows)
 * share one; a block of another kind beside them does not.
 */
export const blockShape = (element: Element): string => `${element.tagName} ${element.getAttribute('class') ?? ''}`;
