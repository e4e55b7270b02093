import { isAuthorBox } from './is-author-box';
import { isAuthorTagline } from './is-author-tagline';
import { isFurnitureElement } from './is-furniture-element';
import { isLabelledLinkList } from './is-labelled-link-list';
import { isNoteMarkup } from './is-note-markup';
import { isReadLabelList } from './is-read-label-list';
import { isTeaserCard } from './is-teaser-card';

/**
 * True when an element inside the article region is furniture by its markup, an author box or closing italic tagline, a
 * story card or a
 * labelled link list set as one paragraph or under its own "Also read:" label, or a note's reference mark or endnote.
 */
export const isFurniture = (element: Element): boolean =>
  isFurnitureElement(element) ||
  isAuthorBox(element) ||
  isAuthorTagline(element) ||
  isTeaserCard(element) ||
  isLabelledLinkList(element) ||
  isReadLabelList(element) ||
  isNoteMarkup(element);
