import type { Span } from '../../model';

/**
 * The credit words some comment systems print before the commenter's name, in the name's own element: "posted by
 * Kwadwo Mensah" (Joomla's K2), "Submitted by Ann" (Drupal themes), "Written by Ann". The name is what follows.
 */
const CREDIT_WORDS = /^(?:posted|written|submitted)\s+by\s+(?=\S)/i;

/** The author's span without the credit words its line opens with (`text` is the line's text), else the span. */
export function withoutCreditWords(span: Span, text: string): Span {
  const match = CREDIT_WORDS.exec(text);
  return match ? { start: span.start + match[0].length, end: span.end } : span;
}
