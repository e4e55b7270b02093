import { isAuthorBox } from './is-author-box';
import { isFurnitureElement } from './is-furniture-element';

/** True when an element inside the article region is furniture by its markup or an author box by name and text. */
export const isFurniture = (element: Element): boolean => isFurnitureElement(element) || isAuthorBox(element);
