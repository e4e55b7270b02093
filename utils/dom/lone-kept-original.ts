import type { CloneReading } from './read-clone';
import { keptOriginals } from './retry-without-link-list';

/**
 * The one page element Readability kept, when its reading holds exactly one (a builder's row or text box, whose
 * siblings the widening rules then weigh); undefined when it kept none or several.
 */
export function loneKeptOriginal(reading: CloneReading): Element | undefined {
  if (!reading.content) return undefined;
  const kept = keptOriginals(reading.content, reading.pairs);
  return kept.length === 1 ? kept[0] : undefined;
}
