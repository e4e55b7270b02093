/**
 * A signature line under a comment, as Movable Type and TypePad write it: "Posted by: NAME at DATE" or
 * "Posted by: NAME | DATE". The date part must hold a digit, so "Posted by the editors on Monday" is not one.
 */
const SIGNATURE =
  /^(?:posted|written|submitted|comment(?:ed)?)\s+by\s*:?\s*(.{1,80}?)\s*(?:\s(?:at|on)|,|\||@)\s+(.{0,80}\d.{0,80})$/i;
/**
 * The words a signature line opens on, anywhere in a text: a page whose text never says them has no signature line,
 * which spares asking each of its elements.
 */
export const SIGNATURE_OPENER = /(?:posted|written|submitted|comment(?:ed)?)\s+by/i;
/** Longer than this (characters) is a paragraph that happens to start with "Posted by", not a signature. */
export const MAX_SIGNATURE_CHARS = 240;

/** A signature line's parts. */
export interface SignatureLine {
  author: string;
  date: string;
}

/** The author and date of a signature line ("Posted by: NAME | DATE"), or `undefined` when the text is not one. */
export function readSignatureLine(text: string): SignatureLine | undefined {
  if (text.length > MAX_SIGNATURE_CHARS) return undefined;
  const match = SIGNATURE.exec(text);
  const author = match?.[1]?.trim();
  const date = match?.[2]?.trim();
  return author && date ? { author, date } : undefined;
}
