/**
 * Scopes for caching what rules read off elements (their text, mostly). The page reader asks the same block the same
 * question many times over: the furniture test alone runs some ninety rules on a block, and many of them read its text.
 * A read may be kept only while nothing changes the DOM, so caches made by `unchangingCache` are used only inside
 * `readUnchanging` and never inside `whileMutating`, and both scopes forget them as they open and close.
 *
 * Contract for callers: everything that edits a document while a `readUnchanging` scope is open must run inside
 * `whileMutating` (the page reader's edits are all on its clones: the clone's preparation and Readability, in
 * `readClone` and `cloneRegion`). The live page is not edited while the reader runs: it reads in one synchronous step.
 */

/** How many scopes of a kind are open. */
interface Scopes {
  open: number;
}

/** Open `readUnchanging` scopes. */
const reading: Scopes = { open: 0 };
/** Open `whileMutating` scopes: while any is open, no cache is used. */
const mutating: Scopes = { open: 0 };
/** Bumped whenever caches must be forgotten; a cache made under an older generation starts afresh. */
let generation = 0;

/** Runs `work` in one more scope of the kind; caches are forgotten as it opens and as it closes, even on a throw. */
function within<T>(scopes: Scopes, work: () => T): T {
  scopes.open++;
  generation++;
  try {
    return work();
  } finally {
    scopes.open--;
    generation++;
  }
}

/** Runs `read` with the caches on. It must not change any document except inside `whileMutating`. */
export const readUnchanging = <T>(read: () => T): T => within(reading, read);

/** Runs `mutate`, which may change documents, with the caches off; what was cached before is forgotten. */
export const whileMutating = <T>(mutate: () => T): T => within(mutating, mutate);

/**
 * A cache keyed on DOM nodes (or other objects): the getter gives the current scope's map, empty when the scope
 * began, or undefined outside `readUnchanging` or inside `whileMutating`, where the caller must read afresh.
 */
export function unchangingCache<K extends object, V>(): () => WeakMap<K, V> | undefined {
  let cache = new WeakMap<K, V>();
  let madeIn = generation;
  return () => {
    if (reading.open === 0 || mutating.open > 0) return undefined;
    if (madeIn !== generation) {
      cache = new WeakMap();
      madeIn = generation;
    }
    return cache;
  };
}
