/**
 * Where blogs of about 2020-2025 load the replies a post got on the open social web, by script, after the page loads:
 * the Mastodon comments script most Hugo and Jekyll blogs copied (Carl Schwan's, 2020: `#mastodon-comments-list`,
 * holding only a "Load comments" button until the reader presses it), the `<mastodon-comments>` web component, and the
 * bluesky-comments widget's placeholder (`#bluesky-comments`, and its `<bluesky-comments>` element). A saved page, or
 * one read before the script ran, shows only the placeholder: the replies are not readable there. Once the script has
 * written them in, the placeholder holds them and they are read like any comment list.
 */
export const FEDIVERSE_COMMENT_PLACEHOLDERS = [
  '#mastodon-comments-list',
  'mastodon-comments',
  '#bluesky-comments',
  'bluesky-comments',
];

/**
 * The text a placeholder holds before its script runs, which is not a comment: the script's own button ("Load
 * comments", "Show replies"), or a `<noscript>` note.
 */
const PLACEHOLDER_CONTROLS = 'button, noscript';

/** True when `placeholder` holds no text but its controls' (see `PLACEHOLDER_CONTROLS`). */
export function holdsOnlyControls(placeholder: Element): boolean {
  const controls = [...placeholder.querySelectorAll(PLACEHOLDER_CONTROLS)];
  let text = placeholder.textContent ?? '';
  for (const control of controls) text = text.replace(control.textContent ?? '', '');
  return text.trim().length === 0;
}
