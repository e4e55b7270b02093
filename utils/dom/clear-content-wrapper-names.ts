import { dropClassNames } from './drop-class-names';
import { NEGATIVE_NAME, POSITIVE_NAME } from './readability-names';
import { textBlocks } from './is-text-block';
import { opensBreakRun } from './is-break';

/** Fewest paragraphs of the wrapper: the story's text, not a share row, a button or a one-line note. */
const MIN_PARAGRAPHS = 3;

/**
 * How many paragraphs `wrapper` holds: its `<p>`s, or, when a template sets them as plain `<div>`s (as Readability
 * reads a text-only `<div>`), those with text, or, set as bare text, its double line breaks.
 */
function paragraphCount(wrapper: Element): number {
  const count = wrapper.getElementsByTagName('p').length;
  if (count >= MIN_PARAGRAPHS) return count;
  const blocks = textBlocks(wrapper).filter((block) => (block.textContent ?? '').trim().length > 0).length;
  if (blocks >= MIN_PARAGRAPHS) return blocks;
  // Or as runs of its own text closed by a double line break (`text<br><br>text<br><br>`).
  let breaks = 0;
  for (const child of wrapper.children) if (opensBreakRun(child)) breaks++;
  return Math.max(count, blocks, breaks);
}

/** True when `element` is the only element child of its parent. */
function isOnlyChild(element: Element): boolean {
  const parent = element.parentElement;
  return parent !== null && parent.children.length === 1;
}

/**
 * Takes Readability's negative class words off the inner wrapper of a block the page names as its content, in a page
 * copy before Readability reads it. Page builders wrap every widget's output in a generic inner box named after the
 * widget kind: Elementor, on millions of WordPress sites, prints the post's text as
 * `div.elementor-widget-theme-post-content > div.elementor-widget-container > p…`. Readability weighs "widget"
 * against a block and its cleaning drops any block whose class weighs below zero whatever it holds, so the whole story
 * went and a short box beside it (a "TL;DR" widget) was returned as the article. The wrapper is the content block's
 * only child and holds its paragraphs (`<p>`s, or text-only `<div>`s: the same widget's text set without `<p>`): it is
 * that block, whatever its generic name says. Edits the copy in place.
 */
export function clearContentWrapperNames(clone: Document): void {
  const negative = NEGATIVE_NAME;
  const positive = POSITIVE_NAME;
  if (!negative || !positive) return;
  for (const wrapper of clone.querySelectorAll('div[class]')) {
    const names = wrapper.getAttribute('class') ?? '';
    if (!negative.test(names) || positive.test(names) || !isOnlyChild(wrapper)) continue;
    const parent = wrapper.parentElement;
    if (!parent || !positive.test(parent.getAttribute('class') ?? '')) continue;
    if (paragraphCount(wrapper) < MIN_PARAGRAPHS) continue;
    dropClassNames(wrapper, (name) => negative.test(name));
  }
}
