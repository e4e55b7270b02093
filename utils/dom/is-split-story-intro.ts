import { classNames } from './class-names';

/**
 * Joomla prints an article its editor split at the "Read more" mark as two sibling blocks, the intro text and the
 * full text: K2's item view (`div.itemIntroText` + `div.itemFullText`, the component most Joomla news sites run, in
 * Ghana, Nigeria, Greece and the Balkans) and templates that copy its names (`intro-text` / `full-text`). The intro
 * is the story's opening paragraphs, which the full text goes on from, and the page's description repeats it because
 * Joomla fills the description from the intro: it is no dek set apart from the story.
 */
const INTRO_TEXT = /(?:^|[-_\s])intro-?text(?:$|[-_\s])/i;
const FULL_TEXT = /(?:^|[-_\s])full-?text(?:$|[-_\s])/i;
/** How far above the paragraph its block's name may sit (`div.itemIntroText > p`, or a wrapper between). */
const MAX_DEPTH = 3;

/** The nearest ancestor of `element` within `MAX_DEPTH` steps whose class names, read as words, match `name`. */
function namedBlock(element: Element, name: RegExp): Element | undefined {
  let at: Element | null = element;
  for (let depth = 0; at && depth <= MAX_DEPTH; depth++, at = at.parentElement) {
    if (name.test(classNames(at))) return at;
  }
  return undefined;
}

/**
 * True when `intro` sits in a story's intro-text block and `paragraph`, the story's next paragraph, in the full-text
 * block right after it: one text split by the CMS, not a dek over a story.
 */
export function isSplitStoryIntro(intro: Element, paragraph: Element): boolean {
  const introBlock = namedBlock(intro, INTRO_TEXT);
  if (!introBlock) return false;
  const fullBlock = namedBlock(paragraph, FULL_TEXT);
  return fullBlock !== undefined && fullBlock.parentElement === introBlock.parentElement;
}
