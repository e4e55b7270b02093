import { hasUnreadWidget } from './comments/comment-widgets';

/** True when the page has a comment widget whose content is not in this document (a cross-origin iframe). */
export function hasUnreadableComments(doc: Document): boolean {
  return hasUnreadWidget(doc);
}
