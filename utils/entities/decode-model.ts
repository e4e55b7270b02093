import { FEATURE_BUCKETS } from './hash-feature';
import { NER_LABELS } from './ner-labels';
import { runSteps, type Steps } from '../steps/steps';
import type { WeightTable } from './tag-sentence';

/** The committed model file: kept weight rows as base64 varint row deltas and int16 weights (little-endian). */
export interface StoredModel {
  format: 'sidelight-ner-perceptron/1';
  buckets: number;
  labels: readonly string[];
  /** Weight of one int16 step. */
  scale: number;
  rows: string;
  weights: string;
  about: Record<string, unknown>;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Base64 digit values by character code (a typed array: the decode loop runs ~700k times on first use). */
const DIGITS = new Uint8Array(128);
for (let i = 0; i < ALPHABET.length; i++) DIGITS[ALPHABET.charCodeAt(i)] = i;

/** Decodes standard base64 without the environment's `atob`, so the core runs the same everywhere. */
export function decodeBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let buffer = 0;
  let n = 0;
  for (let i = 0; i < clean.length; i++) {
    buffer = ((buffer << 6) | (DIGITS[clean.charCodeAt(i) & 0x7f] ?? 0)) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[n++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}

/** Expands the stored model into a weight table; a file of another shape gives an empty table (tags nothing). */
export function decodeModel(model: StoredModel): WeightTable {
  return runSteps(decodeModelSteps(model));
}

/**
 * `decodeModel` step by step (see `Steps`): the weights' base64, their int16 values and the row list are each a step
 * (a few ms apiece), so the panel's first entity step does not decode the whole model in one task on the host page.
 */
export function* decodeModelSteps(model: StoredModel): Steps<WeightTable> {
  const width = NER_LABELS.length;
  const rows = new Uint16Array(FEATURE_BUCKETS);
  if (model.buckets !== FEATURE_BUCKETS || model.labels.join() !== NER_LABELS.join()) {
    return { rows, values: new Int16Array(0) };
  }
  // Scores are only compared, never reported, so the int16 steps are used as they are (no `scale`).
  const bytes = decodeBase64(model.weights);
  yield;
  const values = new Int16Array(bytes.length >> 1);
  for (let i = 0; i < values.length; i++) values[i] = (bytes[2 * i] ?? 0) | ((bytes[2 * i + 1] ?? 0) << 8);
  yield;
  let row = 0;
  let shift = 0;
  let delta = 0;
  let kept = 0;
  for (const byte of decodeBase64(model.rows)) {
    delta |= (byte & 0x7f) << shift;
    shift += 7;
    if (byte & 0x80) continue;
    row += delta;
    [delta, shift] = [0, 0];
    // Row numbers are stored 1-based in a Uint16Array: a model of more rows than that is cut short, not misread.
    if (row >= FEATURE_BUCKETS || (kept + 1) * width > values.length || kept + 1 > 0xffff) break;
    kept++;
    rows[row] = kept;
  }
  return { rows, values };
}
