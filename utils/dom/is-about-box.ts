import { labelledBoxText } from './labelled-box-text';
import { lineWithin } from './text-within';

/**
 * The label of an organisation's boilerplate box: "About" and its name, capitalised ("About Harrow Valley Health",
 * "About The Tideline", "About Acme Co., Ltd."), as a release's issuer or a newsletter's publisher prints it over the
 * paragraphs on who they are. Not "About the data" or "About this story" (lower case), a story's own words.
 */
const ABOUT_LABEL = /^About (?:The |the )?\p{Lu}[\p{L}\p{N}&.,'’ -]{1,60}$/u;
/** A name is a few words: a longer label is a line of the story. */
const MAX_LABEL_WORDS = 8;
/** A label is a short line (characters, spaces not counted). */
const MAX_LABEL_CHARS = 60;
/** The boilerplate is a few paragraphs: more text than this (characters, spaces not counted) is a section of a story. */
const MAX_BOX_CHARS = 2000;
/** A story paragraph holds at least this many characters: a sentence, not a button or a label. */
const MIN_PARAGRAPH_CHARS = 60;
/** A question or an exclamation is a line of the story ("About Time We Paid Up!"); a stop may close "Co., Ltd.". */
const SENTENCE_END = /[!?]$/u;
const SPACES = /\s+/;

const isAboutLabel = (label: string): boolean =>
  ABOUT_LABEL.test(label) && !SENTENCE_END.test(label) && label.split(SPACES).length <= MAX_LABEL_WORDS;

/** True when a paragraph of story prose follows `element` among its siblings: the story goes on after it. */
function storyGoesOn(element: Element): boolean {
  for (let at = element.nextElementSibling; at; at = at.nextElementSibling) {
    if (at.tagName.toUpperCase() === 'P' && lineWithin(at, MIN_PARAGRAPH_CHARS) === undefined) return true;
  }
  return false;
}

/**
 * True for the boilerplate an issuer or publisher closes a story with, boxed under its label: "About Harrow Valley
 * Health" over the hospital's paragraphs (a Drupal newsroom's boilerplate field), "About The Tideline" over a
 * newsletter's note on itself (Ghost's about box). Whatever its class names and tags: a box opening on "About" and a
 * name, a few paragraphs long, with no story paragraph after it. A story's boxed section goes on into the story.
 */
export function isAboutBox(element: Element): boolean {
  if (labelledBoxText(element, isAboutLabel, MAX_LABEL_CHARS, MAX_BOX_CHARS) === undefined) return false;
  return !storyGoesOn(element);
}
