/**
 * A native `<dialog>` without its `open` attribute: the browser does not render it until a script calls `show()` or
 * `showModal()`, which set `open`. Nonprofit newsrooms' "Republish this article" boxes are such dialogs holding the
 * whole story again as HTML to copy (with the licence's rules, the headline and byline, the "This article first
 * appeared on …" line); sign-in, share and newsletter dialogs wait closed the same way. No inline style or `hidden`
 * attribute marks them, so Readability reads them as shown.
 */
const CLOSED_DIALOG = 'dialog:not([open])';

/**
 * Takes the closed native dialogs out of a page copy before Readability reads it: a republish dialog's copy of the
 * story otherwise joins the story's own column (both under `<main>`) and the story comes out twice. A dialog the page
 * was read with open stays. Edits `doc` in place; meant for the clone Readability reads.
 */
export function dropClosedDialogs(doc: Document): void {
  for (const dialog of [...doc.querySelectorAll(CLOSED_DIALOG)]) dialog.remove();
}
