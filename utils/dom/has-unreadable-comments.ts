/** Frames and placeholders of comment services that render inside an iframe we cannot read. */
const COMMENT_FRAME =
  /disqus|comment|livefyre|facebook\.com\/plugins\/comments|talkyard|discourse|coral|viafoura|spot\.im|openweb/i;
/** Placeholders a comment service's script fills with an iframe later (empty in saved pages). */
const PLACEHOLDERS =
  '#disqus_thread, .fb-comments, fb\\:comments, #livefyre, .livefyre, #talkyard-comments, #discourse-comments';

const describe = (element: Element): string =>
  ['src', 'id', 'class', 'name', 'title'].map((name) => element.getAttribute(name) ?? '').join(' ');

/** True when the page has a comment widget whose content is not in this document (a cross-origin iframe). */
export function hasUnreadableComments(doc: Document): boolean {
  for (const frame of doc.querySelectorAll('iframe')) {
    if (!COMMENT_FRAME.test(describe(frame))) continue;
    let inner: Document | null | undefined;
    try {
      inner = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      inner = undefined;
    }
    if (!inner?.body?.textContent?.trim()) return true;
  }
  return [...doc.querySelectorAll(PLACEHOLDERS)].some(
    (element) => element.querySelectorAll('iframe').length > 0 || !element.textContent?.trim(),
  );
}
