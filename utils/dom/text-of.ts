import { unchangingCache } from './unchanging-reads';

const SPACE_RUNS = /\s+/g;

/** Each node's line while the DOM does not change (see `readUnchanging`): rules ask the same block again and again. */
const lines = unchangingCache<Node, string>();

/** The text of a node as a reader sees it on one line: runs of white space as one space, trimmed. */
export const textOf = (node: Node): string => {
  const cache = lines();
  let line = cache?.get(node);
  if (line === undefined) {
    line = (node.textContent ?? '').replace(SPACE_RUNS, ' ').trim();
    cache?.set(node, line);
  }
  return line;
};

/** A text without any white space: for counting the characters a reader sees, however the page spaces them. */
export const unspaced = (text: string | null): string => (text ?? '').replace(SPACE_RUNS, '');
