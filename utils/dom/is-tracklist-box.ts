import { textOf } from './text-of';

const BOX_TAGS = new Set(['DETAILS', 'DIV', 'SECTION', 'ASIDE']);
const LABEL_TAGS = new Set(['SUMMARY', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'STRONG', 'B', 'SPAN']);
const LISTS = new Set(['OL', 'UL']);

/** A record's track list as album reviews and label pages title it: "Tracklist", "Track listing", "Full tracklist:". */
const TRACKLIST_LABEL = /^(?:full |the )?(?:track ?list(?:ing)?|track list)\s*:?$/i;

/**
 * True for an album review's tracklist box: a box (often a collapsed `<details>`) holding only its "Tracklist" label
 * and the list of songs. The record's contents, like its label and release date, not the critic's text; a list of
 * songs the story itself leads into ("The band played:") has no such box.
 */
export function isTracklistBox(element: Element): boolean {
  if (!BOX_TAGS.has(element.tagName.toUpperCase())) return false;
  const children = [...element.children];
  if (children.length < 2) return false;
  const [label, ...rest] = children;
  if (!label || !LABEL_TAGS.has(label.tagName.toUpperCase()) || !TRACKLIST_LABEL.test(textOf(label))) return false;
  return rest.every((child) => LISTS.has(child.tagName.toUpperCase()));
}
