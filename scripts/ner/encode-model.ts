import type { StoredModel } from '../../utils/entities/decode-model';
import { FEATURE_BUCKETS } from '../../utils/entities/hash-feature';
import { NER_LABELS } from '../../utils/entities/ner-labels';

/**
 * Quantises averaged weights to int16 on one linear scale (label scores are differences of large, nearly equal
 * sums, so the absolute error matters: int8 or log steps lost most entities) and keeps only rows with some weight at
 * least `minWeight`: varint row deltas plus one int16 per label for each kept row.
 */
export function encodeModel(weights: Float32Array, minWeight: number, about: Record<string, unknown>): StoredModel {
  const width = NER_LABELS.length;
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max / 32767 || 1;
  const rowBytes: number[] = [];
  const kept: number[] = [];
  let last = 0;
  for (let row = 0; row < FEATURE_BUCKETS; row++) {
    const slice = [...weights.subarray(row * width, (row + 1) * width)];
    if (!slice.some((w) => Math.abs(w) >= minWeight)) continue;
    let delta = row - last;
    last = row;
    while (delta >= 0x80) {
      rowBytes.push((delta & 0x7f) | 0x80);
      delta >>>= 7;
    }
    rowBytes.push(delta);
    kept.push(...slice.map((w) => Math.round(w / scale)));
  }
  // The decoder numbers rows in a Uint16Array (small and cache-friendly); more rows would be cut off there.
  if (kept.length / width > 0xffff) throw new Error(`${kept.length / width} rows kept: raise the minimum weight`);
  return {
    format: 'sidelight-ner-perceptron/1',
    buckets: FEATURE_BUCKETS,
    labels: [...NER_LABELS],
    scale,
    rows: Buffer.from(rowBytes).toString('base64'),
    weights: Buffer.from(Int16Array.from(kept).buffer).toString('base64'),
    about,
  };
}
