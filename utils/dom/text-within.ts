/**
 * The text of an element when it holds at most `maxChars` characters other than spaces, else undefined. The walk stops
 * as soon as the budget is spent, so asking every block of a page whether it is a short box costs about the budget per
 * block, not its whole subtree (`textContent` on every wrapper would read the page once per nesting level).
 */
export function textWithin(element: Element, maxChars: number): string | undefined {
  let text = '';
  let chars = 0;
  let node: Node | null = element.firstChild;
  while (node && node !== element) {
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
export function lineWithin(element: Element, maxChars: number): string | undefined {
  return textWithin(element, maxChars)?.replace(SPACES, ' ').trim();
}

/** The next node after `node` in document order, inside `root`, or null past its end. */
function nextInside(node: Node, root: Element): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let at: Node | null = node; at && at !== root; at = at.parentNode) if (at.nextSibling) return at.nextSibling;
  return null;
}
