/**
 * The text of an element when it holds at most `maxChars` characters other than spaces, else undefined. The walk stops
 * as soon as the budget is spent, so asking every block of a page whether it is a short box costs about the budget per
 * block, not its whole subtree (`textContent` on every wrapper would read the page once per nesting level). Elements
 * whose tag is in `skipTags` (upper case) are passed over with all they hold.
 */
export function textWithin(element: Element, maxChars: number, skipTags?: ReadonlySet<string>): string | undefined {
  let text = '';
  let chars = 0;
  let node: Node | null = element.firstChild;
  while (node && node !== element) {
    if (skipTags && node.nodeType === 1 && skipTags.has((node as Element).tagName.toUpperCase())) {
      node = nextPast(node, element);
      continue;
    }
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      chars += data.replace(SPACES, '').length;
      if (chars > maxChars) return undefined;
      text += data;
    }
    node = nextInside(node, element);
  }
  return text;
}

const SPACES = /\s+/g;

/**
 * `textWithin` read as one line, as a label's or heading's text is compared: runs of white space as one space,
 * trimmed. Undefined past the budget.
 */
export function lineWithin(element: Element, maxChars: number, skipTags?: ReadonlySet<string>): string | undefined {
  return textWithin(element, maxChars, skipTags)?.replace(SPACES, ' ').trim();
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
