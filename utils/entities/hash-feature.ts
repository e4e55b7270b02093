/** Number of weight rows the tagger hashes its features into (2^18: few collisions for ~300k distinct features). */
export const FEATURE_BUCKETS = 1 << 18;

/** Maps a feature string to a weight row with 32-bit FNV-1a, so the model needs no feature dictionary. */
export function hashFeature(feature: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    hash ^= feature.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) & (FEATURE_BUCKETS - 1);
}
