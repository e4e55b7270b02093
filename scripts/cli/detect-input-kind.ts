/** How much of the start of an input is looked at to decide whether it is HTML (characters). */
const SNIFF_LENGTH = 4096;

/** An HTML document start: optional XML declaration and comments, then a doctype or an <html> tag. */
const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i;

/** Tags that only a saved web page has near its start, even when the doctype and <html> were dropped. */
const HTML_TAG = /<(?:head|body)[\s>]|<meta\s|<title>/i;

/** What a saved input holds: HTML to read through the DOM adapter, or plain page text. */
export type InputKind = 'html' | 'text';

/** Decides from content, not file name, whether an input is saved HTML or saved page text. */
export function detectInputKind(text: string): InputKind {
  const head = text.slice(0, SNIFF_LENGTH);
  return HTML_START.test(head) || HTML_TAG.test(head) ? 'html' : 'text';
}
