import type { Entity } from '../model';

/** Orders entity lists: most mentioned first, then the one mentioned first in the page. */
export function byProminence(a: Entity, b: Entity): number {
  return b.count - a.count || (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0);
}
