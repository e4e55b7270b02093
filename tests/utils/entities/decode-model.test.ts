import { describe, expect, it } from 'vitest';
import { encodeModel } from '../../../scripts/ner/encode-model';
import { decodeBase64, decodeModel, decodeModelSteps, type StoredModel } from '../../../utils/entities/decode-model';
import storedModel from '../../../utils/entities/model/ner-model.json';
import { FEATURE_BUCKETS } from '../../../utils/entities/hash-feature';
import { NER_LABELS } from '../../../utils/entities/ner-labels';

const WIDTH = NER_LABELS.length;

describe('decodeBase64', () => {
  it.each(['', 'a', 'ab', 'abc', 'Kim Jong Un ✓', '\u0000\u00ff\u0080'])('should decode the base64 of %j', (text) => {
    const bytes = Buffer.from(text, 'utf8');
    expect([...decodeBase64(bytes.toString('base64'))]).toEqual([...bytes]);
  });
});

describe('decodeModel', () => {
  it('should restore kept rows (to one int16 step) and leave pruned rows empty', () => {
    const weights = new Float32Array(FEATURE_BUCKETS * WIDTH);
    weights.set([5, -3, 0.5, 0, 0, 0, 0, 0, 1], 7 * WIDTH);
    weights.set([0, 0, 0, 0, -20, 0, 0, 0, 0], 200_000 * WIDTH);
    weights.set([0.1, 0, 0, 0, 0, 0, 0, 0, 0], 9 * WIDTH);
    const stored = encodeModel(weights, 1, {});
    const table = decodeModel(stored);
    const row = (bucket: number): number[] => {
      const index = table.rows[bucket] ?? 0;
      return index === 0
        ? []
        : [...table.values.slice((index - 1) * WIDTH, index * WIDTH)].map((q) => q * stored.scale);
    };
    row(7).forEach((w, k) => expect(w).toBeCloseTo(weights[7 * WIDTH + k] ?? NaN, 2));
    expect(row(200_000)[4]).toBeCloseTo(-20, 2);
    expect(row(9)).toEqual([]);
  });

  it('should give an empty table for a model of another shape', () => {
    const stored = encodeModel(new Float32Array(FEATURE_BUCKETS * WIDTH), 1, {});
    const table = decodeModel({ ...stored, labels: ['O', 'B-PER'] });
    expect(table.values.length).toBe(0);
    expect(table.rows.every((row) => row === 0)).toBe(true);
  });
});

describe('decodeModelSteps', () => {
  it('should decode the shipped model to the same table as decodeModel, in more than one step', () => {
    const steps = decodeModelSteps(storedModel as StoredModel);
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    expect(pauses).toBeGreaterThan(1);
    const whole = decodeModel(storedModel as StoredModel);
    expect(next.value.rows).toEqual(whole.rows);
    expect(next.value.values).toEqual(whole.values);
  });
});
