import type { Span } from '../../model';

/**
 * The credit words some comment systems print before the commenter's name, in the name's own element: "posted by
 * Kwadwo Mensah" (Joomla's K2), "Submitted by Ann" (Drupal themes), "Written by Ann". The name is what follows.
 */
const CREDIT_WORDS = /^(?:posted|written|submitted)\s+by\s+(?=\S)/i;
/**
 * The mark Drupal (7, and 8 onwards) prints after the name of every commenter who posted without an account, in the
 * name's own element: "Ken Dobbs (not verified)". It says how the name was given, not who wrote: the name is what
 * comes before it.
 */
const UNVERIFIED_MARK = /(?<=\S)\s*\(not verified\)$/i;

/**
 * The commenter's name within its author line (`span`, whose text is `text`): without the credit words the line opens
 * with and the unverified mark it closes with, else the span as it is.
 */
export function authorNameSpan(span: Span, text: string): Span {
  const credit = CREDIT_WORDS.exec(text)?.[0].length ?? 0;
  const mark = UNVERIFIED_MARK.exec(text)?.[0].length ?? 0;
  return credit === 0 && mark === 0 ? span : { start: span.start + credit, end: span.end - mark };
}
