/** Number of weight rows the tagger hashes its features into (2^18: few collisions for ~300k distinct features). */
export const FEATURE_BUCKETS = 1 << 18;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a hash of a string; words are hashed once and then combined as numbers. */
export function hashString(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/**
 * Weight row of one feature: a template number combined with the hashes of its parts (a word, a shape, a label), so
 * no feature string is ever built. The model needs no feature dictionary.
 */
export function featureRow(template: number, a = 0, b = 0): number {
  let hash = Math.imul(FNV_OFFSET ^ template, FNV_PRIME);
  hash = Math.imul(hash ^ a, FNV_PRIME);
  hash = Math.imul(hash ^ (a >>> 16), FNV_PRIME);
  hash = Math.imul(hash ^ b, FNV_PRIME);
  hash = Math.imul(hash ^ (b >>> 16), FNV_PRIME);
  return (hash ^ (hash >>> 15)) & (FEATURE_BUCKETS - 1);
}
