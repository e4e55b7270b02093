const SPACE_RUNS = /\s+/g;

/** The text of a node as a reader sees it on one line: runs of white space as one space, trimmed. */
export const textOf = (node: Node): string => (node.textContent ?? '').replace(SPACE_RUNS, ' ').trim();

/** A text without any white space: for counting the characters a reader sees, however the page spaces them. */
export const unspaced = (text: string | null): string => (text ?? '').replace(SPACE_RUNS, '');
