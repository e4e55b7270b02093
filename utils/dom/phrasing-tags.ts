/**
 * Tags of inline text: HTML's phrasing elements that hold or break words (links, emphasis, spans, small print, times,
 * code, marks, sub- and superscripts, the old `<font>`). Text inside them runs on in the line of the block around them,
 * and they never make a block's shape: a paragraph with a link is shaped as one without.
 */
export const PHRASING_TAGS: ReadonlySet<string> = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'BR',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
]);

/** True for an element of inline text (see `PHRASING_TAGS`), whatever the case of its tag name. */
export function isPhrasing(element: Element): boolean {
  return PHRASING_TAGS.has(element.tagName.toUpperCase());
}
