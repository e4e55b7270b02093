import { parseHTML } from 'linkedom';

/** The first element of `html`, parsed as the body of a page (linkedom), for tests of one element. */
export const elementOf = (html: string): Element => {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const element = doc.body.firstElementChild;
  if (!element) throw new Error('no element');
  return element;
};
