import { Readability } from '@mozilla/readability';
import { clearCommentWords } from './clear-comment-words';
import { clearContentWrapperNames } from './clear-content-wrapper-names';
import { clearPanelNames } from './clear-panel-names';
import { clearBoxedStoryNames } from './clear-boxed-story-names';
import { clearEventDateNames } from './clear-event-date-names';
import { clearScrollyNames } from './clear-scrolly-names';
import { clearSlugIds } from './clear-slug-ids';
import { clearBookmarkIds } from './clear-bookmark-ids';
import { clearHiddenWords } from './clear-hidden-words';
import { clearStickyWrapperNames } from './clear-sticky-wrapper-names';
import { clearLongerWordNames } from './clear-longer-word-names';
import { clearTermClassNames } from './clear-term-class-names';
import { clearChromeNamedStoryNames } from './clear-chrome-named-story-names';
import { clearLayoutSidebarNames } from './clear-layout-sidebar-names';
import { clearNegativeStoryNames } from './clear-negative-story-names';
import { clearShadyScopeNames } from './shady-scope-names';
import { clearStoryListNames } from './clear-story-list-names';
import { clearStoryHeaderNames } from './clear-story-header-names';
import { unwrapEntryTitleRows } from './unwrap-entry-title-rows';
import { dropListMarkers } from './drop-list-markers';
import { splitProseBreakRuns } from './split-prose-break-runs';
import { whileMutating } from './unchanging-reads';
import { clearWikiChrome } from './clear-wiki-chrome';
import { composeShadowRoots } from './compose-shadow-roots';
import { hasShadowRoots } from './composed-query';
import { clearInlineNames } from './clear-inline-names';
import { liftPostTitles } from './lift-post-titles';
import { pairedCloneWithout } from './paired-clone-without';
import { revealCollapsedStoryParts } from './is-collapsed-story-part';
import { spareHeadings } from './spare-headings';
import { unwrapAccordionHeadings } from './unwrap-accordion-headings';
import { openProseAccordions } from './open-prose-accordions';
import { unwrapQuestionToggles } from './unwrap-question-toggles';
import { unwrapPageForms } from './is-page-form';
import { retagNoteAsides } from './retag-note-asides';
import { unwrapPostEmbeds } from './unwrap-post-embeds';
import { liftTrailingBreaks } from './lift-trailing-breaks';
import { isolateStoryDialog } from './isolate-story-dialog';
import { dropClosedDialogs } from './drop-closed-dialogs';
import { dropHiddenCopies } from './drop-hidden-copies';

/** The article element chosen on a clone of the page, with every clone node paired to the page node it copies. */
export interface CloneReading {
  content: Element | undefined;
  pairs: Map<Node, Node>;
}

/**
 * The comments to take out of the clone before Readability reads it: a long discussion otherwise outscores a short
 * post and Readability returns the comments as the article. An element holding the headline stays.
 */
function removableOf(doc: Document, exclude: readonly Element[], headline: Element | undefined): Set<Node> {
  return new Set<Node>(
    exclude.filter(
      (element) => element !== doc.body && element !== doc.documentElement && !(headline && element.contains(headline)),
    ),
  );
}

/** Takes the copies of the removable nodes out of a page clone made whole (a page with shadow roots). */
function removeFromClone(pairs: ReadonlyMap<Node, Node>, removable: ReadonlySet<Node>): void {
  if (removable.size === 0) return;
  const copies: ChildNode[] = [];
  for (const [copy, original] of pairs) if (removable.has(original)) copies.push(copy as ChildNode);
  for (const copy of copies) copy.remove();
}

/** Readability's article element on a clone (it edits what it reads), or undefined when it finds none or throws. */
function readContent(clone: Document, charThreshold: number): Element | undefined {
  try {
    const reader = new Readability(clone, {
      charThreshold,
      // Keep the element itself: we walk its text nodes instead of re-parsing serialised HTML.
      serializer: (node: Node) => node,
      // Class names say what a block is (related list, share bar, caption): the walk below reads them.
      keepClasses: true,
    });
    return (reader.parse()?.content as unknown as Element | null | undefined) ?? undefined;
  } catch {
    // Readability throws on some odd documents; the caller's fallback still gives the reader something.
    return undefined;
  }
}

/**
 * Pairs each element the clone's edits put in place of another (`retag`: a form made a block, a heading renamed) with
 * the page element the replaced one copied.
 */
function pairInPlaceOf(pairs: Map<Node, Node>, replaced: ReadonlyMap<Element, Element>): void {
  for (const [replacement, copy] of replaced) {
    const original = pairs.get(copy);
    if (original) pairs.set(replacement, original);
  }
}

/** A fresh clone of `doc` paired with it, the comments taken out. */
function pairedClone(
  doc: Document,
  comments: readonly Element[],
  headline: Element | undefined,
): { clone: Document; pairs: Map<Node, Node> } {
  // Readability scores a long discussion above a short post, and on its retries it re-parses the page (new nodes we
  // cannot pair, so the skip below misses them): the comments go before it reads anything. They are left out of the
  // clone as it is made (see `pairedCloneWithout`). A page with shadow roots is cloned whole and its comments taken
  // out once the roots are composed, as a slot shows its fallback when nothing is assigned to it, and one that held
  // only comments must stay empty.
  const removable = removableOf(doc, comments, headline);
  const shadowed = hasShadowRoots(doc);
  const { clone, pairs } = pairedCloneWithout(doc, shadowed ? new Set() : removable);
  // What web components show from their shadow roots is the page's text (see `composeShadowRoots`).
  composeShadowRoots(doc, clone, pairs, shadowed);
  if (shadowed) removeFromClone(pairs, removable);
  // A story open in a modal dialog is read alone: the page behind it is inert (see `isolateStoryDialog`).
  isolateStoryDialog(clone);
  // A closed native dialog is not shown, and a republish dialog holds the story a second time (see
  // `dropClosedDialogs`); before the passes that reveal collapsed parts, which would show it.
  dropClosedDialogs(clone);
  // So is a box a hiding class keeps unshown that repeats text the page shows (a paywall's hidden teaser copy).
  dropHiddenCopies(clone);
  // A page-wide form becomes a block, standing for the same page element (see `unwrapPageForms`).
  pairInPlaceOf(pairs, unwrapPageForms(clone));
  // A callout the page marks as a note is part of the story (see `retagNoteAsides`).
  pairInPlaceOf(pairs, retagNoteAsides(clone));
  clearHiddenWords(clone);
  // A sticky-sidebar plugin's wrapper around the story's own column (see `clearStickyWrapperNames`).
  clearStickyWrapperNames(clone);
  // A name that reads as unlikely content only through a longer word ("extracted": see `clearLongerWordNames`).
  clearLongerWordNames(clone);
  // A post's tag, category and type classes are the site's own words (`tag-community-news`: see `clearTermClassNames`).
  clearTermClassNames(clone);
  // A share-bar or menu wrapper's name on the block holding most of the page's prose (see
  // `clearChromeNamedStoryNames`).
  clearChromeNamedStoryNames(clone);
  // A layout's negative name ("media", "scroll") on the block holding most of the prose (see
  // `clearNegativeStoryNames`).
  clearNegativeStoryNames(clone);
  // Polymer's Shady DOM scoping names (`style-scope news-article`) name a component, not the block.
  clearShadyScopeNames(clone);
  clearWikiChrome(clone);
  clearInlineNames(clone);
  clearContentWrapperNames(clone);
  clearPanelNames(clone);
  // After the named builders' own clearing: what is left named "widget" and holds the story is an unknown builder's.
  clearBoxedStoryNames(clone);
  // A timeline's event dates in blocks named as the entry's meta (see `clearEventDateNames`).
  clearEventDateNames(clone);
  // A scrollytelling section's step boxes, named for the scrolling (see `clearScrollyNames`).
  clearScrollyNames(clone);
  clearSlugIds(clone);
  clearBookmarkIds(clone);
  clearStoryHeaderNames(clone);
  unwrapEntryTitleRows(clone);
  dropListMarkers(clone);
  // A run of text closed by `<br><br>` inside an inline element stays a paragraph of its own (see `liftTrailingBreaks`).
  liftTrailingBreaks(clone);
  // A `<p>` of prose runs set with `<br><br>` is read as the paragraphs it prints (see `splitProseBreakRuns`).
  splitProseBreakRuns(clone);
  liftPostTitles(clone);
  revealCollapsedStoryParts(clone);
  unwrapAccordionHeadings(clone);
  openProseAccordions(clone);
  unwrapQuestionToggles(clone);
  // An embedded post's text is the story's, whatever box the site wraps it in (see `unwrapPostEmbeds`).
  unwrapPostEmbeds(clone);
  let headlineCopy: Node | undefined;
  if (headline) for (const [copy, original] of pairs) if (original === headline) headlineCopy = copy;
  clearCommentWords(headlineCopy as Element | undefined);
  clearLayoutSidebarNames(headlineCopy as Element | undefined);
  clearStoryListNames(headlineCopy as Element | undefined);
  // A renamed heading stands for the same page element as the one it replaces (comment-region and headline checks).
  pairInPlaceOf(pairs, spareHeadings(clone, headlineCopy));
  return { clone, pairs };
}

/** Readability on a fresh clone of `doc`, with the clone's nodes paired to the page's. */
export function readClone(
  doc: Document,
  comments: readonly Element[],
  headline: Element | undefined,
  charThreshold: number,
): CloneReading {
  // The clone's preparation and Readability edit the clone: no cached read may be used or kept meanwhile.
  return whileMutating(() => {
    const { clone, pairs } = pairedClone(doc, comments, headline);
    return { content: readContent(clone, charThreshold), pairs };
  });
}

/**
 * `region` read instead of `reading` (a widening rule's choice: the builder's row, the live stream), or `reading` as
 * it was when the fresh copy lacks the region.
 */
export function readRegionInstead(
  doc: Document,
  region: Element,
  reading: CloneReading,
  comments: readonly Element[],
  headline: Element | undefined,
): CloneReading {
  const widened = cloneRegion(doc, region, comments, headline);
  return widened.content ? widened : reading;
}

/** The copy of one page element in a fresh paired clone (comments taken out), for walking it as the article. */
export function cloneRegion(
  doc: Document,
  region: Element,
  comments: readonly Element[],
  headline: Element | undefined,
): CloneReading {
  const { pairs } = whileMutating(() => pairedClone(doc, comments, headline));
  for (const [copy, original] of pairs) if (original === region) return { content: copy as Element, pairs };
  return { content: undefined, pairs };
}
