import { dropClassNames } from './drop-class-names';
import { mostProseTest } from './most-prose-test';
import { paragraphProseChars } from './prose-chars';
import { isUnlikelyNamed, NEGATIVE_NAME, POSITIVE_NAME } from './readability-names';
import { textBlocks } from './is-text-block';

/**
 * Levels above a prose paragraph looked at: Readability scores a paragraph's ancestors this far up, so its top
 * candidate, the block its cleaning then starts from, is one of them.
 */
const MAX_LEVELS = 5;
/** The page's own elements: Readability never drops them for their names. */
const PAGE_ROOTS = new Set(['HTML', 'BODY']);

/**
 * Readability's negative words that name a layout or a control, never furniture holding paragraphs of prose: the
 * media object (`media`), a scrolled pane or an infinite-scroll column (`scroll`), responsive and print helpers
 * (`hidden-xs`, `hidden-print`), post meta rows (`meta`), share rows (`share`) and tag lists (`tags`). Words whose
 * furniture does hold prose (promos, related stories, sponsors, comments, footers) are not here: a "Related"
 * slideshow of captioned cards may hold more prose than the story.
 */
const LAYOUT_WORD = /media|scroll|hidden|meta|share|tags/gi;

/**
 * True when Readability weighs the name against a block only through a layout word (`LAYOUT_WORD`): a negative word
 * and no positive one ("content", "body", "post"), which would cancel it.
 */
function weighsAgainst(name: string): boolean {
  if (name.length === 0 || NEGATIVE_NAME?.test(name) !== true || POSITIVE_NAME?.test(name) === true) return false;
  return !NEGATIVE_NAME.test(name.replace(LAYOUT_WORD, ' '));
}

/**
 * The blocks up to `MAX_LEVELS` above the page's prose paragraphs whose class or id Readability weighs against through
 * a layout word.
 */
function negativeProseBlocks(doc: Document): Set<Element> {
  const blocks = new Set<Element>();
  for (const paragraph of textBlocks(doc)) {
    if (paragraphProseChars(paragraph) === 0) continue;
    let at = paragraph.parentElement;
    for (let level = 0; at && level < MAX_LEVELS && !PAGE_ROOTS.has(at.tagName.toUpperCase()); level++) {
      if (weighsAgainst(at.getAttribute('class') ?? '') || weighsAgainst(at.id)) blocks.add(at);
      at = at.parentElement;
    }
  }
  return blocks;
}

/**
 * Takes the class names and id that Readability weighs against only through a layout word (`LAYOUT_WORD`) off the
 * blocks that hold most of a page copy's prose, before Readability reads it. Readability's cleaning drops any `<div>`,
 * list or table whose name weighs below zero, whatever it holds (it counts no content score there), the top candidate
 * itself included; templates of many kinds name the story's own wrapper so: Bootstrap's media object (`div.media`), a
 * jQuery custom scrollbar's inserted `div.mCustomScrollBox` around the scrolled text, an infinite-scroll theme's
 * `div.scroll-container`, layout helpers (`hidden-print`). Its strict pass then ended empty and it re-read the page
 * from its markup, so the story no longer pointed at the page and the header lines above it (the dek) were lost. A
 * block so named that holds most of the page's prose is the story's wrapper, named for its layout. Names Readability
 * drops as unlikely ("sidebar", "sponsor") stay: other rules weigh those. Edits `doc` in place; meant for the clone
 * Readability reads.
 */
export function clearNegativeStoryNames(doc: Document): void {
  if (!NEGATIVE_NAME || !doc.body) return;
  const blocks = negativeProseBlocks(doc);
  if (blocks.size === 0) return;
  const holdsMostProse = mostProseTest(doc);
  for (const block of blocks) {
    if (isUnlikelyNamed(block) || !holdsMostProse(block)) continue;
    dropClassNames(block, weighsAgainst);
    if (weighsAgainst(block.id)) block.removeAttribute('id');
  }
}
