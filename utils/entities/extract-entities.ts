// TEMP baseline (replaced by the entity work).
import type { Entity, TextSpan } from '../model';

/** A piece of input text to search, with the comment it belongs to when it is comment text. */
export type EntitySegment = TextSpan & { commentId?: string };

/** Finds people, places and organizations in the segments, merged into canonical entities. */
export function extractEntities(_segments: readonly EntitySegment[], _scope: 'body' | 'comments'): Entity[] {
  return [];
}
