import { isAuthorBox } from './is-author-box';
import { isFurnitureElement } from './is-furniture-element';
import { isLabelledLinkList } from './is-labelled-link-list';
import { isReadLabelList } from './is-read-label-list';
import { isTeaserCard } from './is-teaser-card';

/**
 * True when an element inside the article region is furniture by its markup, an author box, a story card or a
 * labelled link list set as one paragraph or under its own "Also read:" label.
 */
export const isFurniture = (element: Element): boolean =>
  isFurnitureElement(element) ||
  isAuthorBox(element) ||
  isTeaserCard(element) ||
  isLabelledLinkList(element) ||
  isReadLabelList(element);
