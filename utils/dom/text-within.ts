import { unchangingCache } from './unchanging-reads';

/**
 * What one walk of an element learnt, kept while the DOM does not change (see `readUnchanging`): its whole text and
 * how many characters other than spaces it holds (none at all when it holds no text node), or only that it holds more
 * than `over` (the walk stopped there).
 * Either answers every later budget the walk would answer the same way, since the count only grows along a walk.
 */
type Walked = { text: string; chars: number; line?: string } | { over: number };

/** Per element, per set of skipped tags (callers pass module constants, so the set's identity is a fine key). */
const walks = unchangingCache<Element, Map<ReadonlySet<string> | undefined, Walked>>();

/**
 * The text of an element when it holds at most `maxChars` characters other than spaces, else undefined. The walk stops
 * as soon as the budget is spent, so asking every block of a page whether it is a short box costs about the budget per
 * block, not its whole subtree (`textContent` on every wrapper would read the page once per nesting level). Elements
 * whose tag is in `skipTags` (upper case) are passed over with all they hold.
 */
export function textWithin(element: Element, maxChars: number, skipTags?: ReadonlySet<string>): string | undefined {
  const walked = knownWalk(element, maxChars, skipTags);
  return 'over' in walked || walked.chars > maxChars ? undefined : walked.text;
}

/** A walk of `element` that answers `maxChars`: a kept one when it does, else a new one (kept when caching). */
function knownWalk(element: Element, maxChars: number, skipTags?: ReadonlySet<string>): Walked {
  const cache = walks();
  let bySkip = cache?.get(element);
  const known = bySkip?.get(skipTags);
  if (known && ('over' in known ? maxChars <= known.over : true)) return known;
  const walked = walk(element, maxChars, skipTags);
  if (cache) {
    if (!bySkip) cache.set(element, (bySkip = new Map()));
    bySkip.set(skipTags, walked);
  }
  return walked;
}

/** Walks `element`'s text nodes until more than `maxChars` characters other than spaces are read. */
function walk(element: Element, maxChars: number, skipTags?: ReadonlySet<string>): Walked {
  let text = '';
  let chars = 0;
  let read = false;
  let node: Node | null = element.firstChild;
  while (node && node !== element) {
    if (skipTags && node.nodeType === 1 && skipTags.has((node as Element).tagName.toUpperCase())) {
      node = nextPast(node, element);
      continue;
    }
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      chars += data.replace(SPACES, '').length;
      if (chars > maxChars) return { over: maxChars };
      text += data;
      read = true;
    }
    node = nextInside(node, element);
  }
  // The budget is checked at text nodes only: an element without any passes every budget, a negative one too.
  return { text, chars: read ? chars : Number.NEGATIVE_INFINITY };
}

const SPACES = /\s+/g;

/**
 * `textWithin` read as one line, as a label's or heading's text is compared: runs of white space as one space,
 * trimmed. Undefined past the budget.
 */
export function lineWithin(element: Element, maxChars: number, skipTags?: ReadonlySet<string>): string | undefined {
  const walked = knownWalk(element, maxChars, skipTags);
  if ('over' in walked || walked.chars > maxChars) return undefined;
  // Kept on the walk, which is kept only while caching: the line is its text's, whatever the budget.
  walked.line ??= walked.text.replace(SPACES, ' ').trim();
  return walked.line;
}

/** The next node after `node` in document order, inside `root`, or null past its end. */
function nextInside(node: Node, root: Element): Node | null {
  return node.firstChild ?? nextPast(node, root);
}

/** The next node after `node` and all it holds, inside `root`, or null past its end. */
function nextPast(node: Node, root: Element): Node | null {
  for (let at: Node | null = node; at && at !== root; at = at.parentNode) if (at.nextSibling) return at.nextSibling;
  return null;
}
