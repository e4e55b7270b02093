import { openStoryDialog } from './open-story-dialog';

/**
 * On Readability's clone of a page read with a story open in a modal dialog (see `openStoryDialog`): the page behind
 * the dialog is taken out, as it is inert while the dialog is open (the list of story cards, the other stories'
 * closed dialogs), and the dialog's `role` and `aria-modal` are taken off it, which Readability reads as an unseen
 * box and as furniture. The story is then all Readability has to read.
 */
export function isolateStoryDialog(clone: Document): void {
  const dialog = openStoryDialog(clone);
  if (!dialog) return;
  dialog.removeAttribute('role');
  dialog.removeAttribute('aria-modal');
  const body = clone.body;
  for (let at: Element = dialog; at !== body && at.parentElement; at = at.parentElement) {
    for (const sibling of [...at.parentElement.children]) if (sibling !== at) sibling.remove();
  }
}
