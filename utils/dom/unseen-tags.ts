/** Elements whose text a reader never sees: code, styles, a script's `<noscript>` fallback, inert templates. */
export const UNSEEN_TAGS: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Whether an element is one of `UNSEEN_TAGS`, whatever the case of its tag name. */
export const isUnseenTag = (element: Element): boolean => UNSEEN_TAGS.has(element.tagName.toUpperCase());
