import { textWithin } from './text-within';

/** A charity's action box is a heading, a line or two and its button: more text than this (characters) is prose. */
const MAX_ACTION_BOX_CHARS = 400;
/** Blocks that hold a box; a paragraph is a line of the story, which the line rules judge. */
const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE']);
/** The box's text is a line or two under its heading: more paragraphs are a section of the story. */
const MAX_PARAGRAPHS = 2;
/**
 * The whole text of the button of a charity's or campaign group's call to action, as such sites word it: "Donate",
 * "Donate now", "Donate today", "Give now", "Sign the petition", "Sign now", "Add your name", "Take action now".
 */
const ACTION_BUTTON =
  /^(?:(?:donate|give)(?: (?:now|today|monthly))?|sign (?:the|our) petition|sign (?:it )?now|add your (?:name|voice)|take action(?: now)?)[.!]?$/i;

/**
 * True for the call-to-action box a charity's, NGO's or campaign group's story carries between or under its
 * paragraphs: a short block with a heading of its own ("Support our emergency response", "Free the Korvan Seven"), a
 * line or two, and a button whose whole text is the action ("Donate now", "Sign the petition"). The line rules drop
 * the button; the heading and blurb are the box's too. A story's paragraph linking to a petition is no box: its link
 * says more than the action, or it has no heading of its own.
 */
export function isActionBox(element: Element): boolean {
  return isHeadedButtonBox(element, ACTION_BUTTON);
}

/**
 * True for a short block (a `<div>`, `<section>` or `<aside>` of at most 400 characters and two paragraphs) with a
 * heading of its own and a link or button whose whole text matches `button`: the shape of a call-to-action box.
 */
export function isHeadedButtonBox(element: Element, button: RegExp): boolean {
  if (!BOX_TAGS.has(element.tagName.toUpperCase())) return false;
  if (textWithin(element, MAX_ACTION_BOX_CHARS) === undefined) return false;
  if (element.querySelector('h2, h3, h4, h5, h6') === null) return false;
  if (element.getElementsByTagName('p').length > MAX_PARAGRAPHS) return false;
  for (const control of element.querySelectorAll('a, button')) {
    if (button.test((control.textContent ?? '').trim())) return true;
  }
  return false;
}
