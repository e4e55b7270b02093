import { isAuthorBox } from './is-author-box';
import { isFurnitureElement } from './is-furniture-element';
import { isTeaserCard } from './is-teaser-card';

/** True when an element inside the article region is furniture by its markup, an author box or a story card. */
export const isFurniture = (element: Element): boolean =>
  isFurnitureElement(element) || isAuthorBox(element) || isTeaserCard(element);
