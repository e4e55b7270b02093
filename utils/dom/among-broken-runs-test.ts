import { originalOf } from './original-of';
import { ownRuns } from './own-runs';
import { textOf } from './text-of';

/**
 * A test for a block of Readability's copy that stands among a page block's `<br>` runs: a paragraph Readability
 * re-set from one run ("Notes to editors<br><br>Download the report.<br><br>"), or a heading or box set between them.
 * Such a paragraph has no page element of its own (its first text's page parent is the whole block, the story), so a
 * rule that reads the page's elements and their siblings (a closing section under its heading) never sees it: the
 * copy's paragraph is then what the page's `<p>` would have been, and is read instead; so is a page element set among
 * the runs (the section's heading) while its copy holds all its text. Each page block's runs are read once. `pairs`
 * maps the copy's nodes to the page's.
 */
export function amongBrokenRunsTest(pairs: ReadonlyMap<Node, Node>): (element: Element) => boolean {
  const broken = new Map<Element, boolean>();
  const isBroken = (block: Element): boolean => {
    let verdict = broken.get(block);
    if (verdict === undefined) broken.set(block, (verdict = ownRuns(block).broken));
    return verdict;
  };
  return (element) => {
    const original = originalOf(element, pairs);
    if (!original) return false;
    // A block Readability re-created stands for the page block its text sits in; a page element for its parent.
    if (!pairs.has(element)) return isBroken(original);
    const parent = original.parentElement;
    // A page element whose copy Readability cut down (a meta row without its author chip) is told by the page's.
    return parent !== null && isBroken(parent) && textOf(element) === textOf(original);
  };
}
