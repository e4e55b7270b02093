/**
 * A native `<dialog>` without its `open` attribute: the browser does not render it until a script calls `show()` or
 * `showModal()`, which set `open`. Nonprofit newsrooms' "Republish this article" boxes are such dialogs holding the
 * whole story again as HTML to copy (with the licence's rules, the headline and byline, the "This article first
 * appeared on …" line); sign-in, share and newsletter dialogs wait closed the same way. No inline style or `hidden`
 * attribute marks them, so Readability reads them as shown.
 */
const CLOSED_DIALOG = 'dialog:not([open])';
/**
 * Below this share of the closed dialogs' text, the rest of the page is a shell (a menu, a footer) and the dialogs are
 * its content: a page saved before its script opened the story's dialog. A republish dialog's copy is about as long as
 * the story the page shows beside it, so it stays far above this share.
 */
const SHELL_SHARE = 0.2;
const SPACES = /\s+/g;

const charsOf = (node: Node): number => (node.textContent ?? '').replace(SPACES, '').length;

/**
 * Takes the closed native dialogs out of a page copy before Readability reads it: a republish dialog's copy of the
 * story otherwise joins the story's own column (both under `<main>`) and the story comes out twice. A dialog the page
 * was read with open stays, and so do closed ones that hold nearly all the page's text (`SHELL_SHARE`): there is no
 * other story to read. Edits `doc` in place; meant for the clone Readability reads.
 */
export function dropClosedDialogs(doc: Document): void {
  const dialogs = [...doc.querySelectorAll(CLOSED_DIALOG)];
  if (dialogs.length === 0) return;
  // Nested dialogs count once: an inner one's text is in its outer one's.
  const outer = dialogs.filter((dialog) => !dialogs.some((other) => other !== dialog && other.contains(dialog)));
  const dialogChars = outer.reduce((sum, dialog) => sum + charsOf(dialog), 0);
  const pageChars = (doc.body ? charsOf(doc.body) : 0) - dialogChars;
  if (pageChars < dialogChars * SHELL_SHARE) return;
  for (const dialog of outer) dialog.remove();
}
