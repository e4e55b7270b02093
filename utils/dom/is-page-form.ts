import { retag } from './retag';
import { textWithin } from './text-within';

/**
 * A form holding more text than this (characters, spaces not counted) is not a form the reader fills in: a comment,
 * newsletter or search form is a few labels, a notice and buttons, well under it.
 */
const MAX_FORM_CHARS = 2000;

/**
 * True for a `<form>` that wraps a page's content rather than asking the reader for anything: ASP.NET Web Forms put
 * the whole page in one `<form id="aspnetForm">`, DotNetNuke in `<form id="Form">`, and XenForo 1 its whole thread,
 * first post (the story) included, in a moderation form. A real form (comments, newsletter, search, login) is short.
 */
export function isPageForm(element: Element): boolean {
  return element.tagName.toUpperCase() === 'FORM' && textWithin(element, MAX_FORM_CHARS) === undefined;
}

/**
 * Turns every page-wide form of a page copy (`isPageForm`) into a `<div>` with the same attributes and children, before
 * Readability reads the copy: Readability cleans forms away as it does a comment form, and the reader skips form
 * elements, so a story inside one was lost whole. Gives each new block with the form it replaces, so the caller can
 * pair it with the page's element. Edits `doc` in place; meant for the clone Readability reads.
 */
export function unwrapPageForms(doc: Document): Map<Element, Element> {
  const replaced = new Map<Element, Element>();
  for (const form of [...doc.getElementsByTagName('form')]) {
    if (!isPageForm(form)) continue;
    replaced.set(retag(form, 'div'), form);
  }
  return replaced;
}
