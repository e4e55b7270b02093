import { describe, expect, it } from 'vitest';
import { toJson } from '../../../utils/export/to-json';
import { emptyDoc, sampleDoc } from './page-doc-fixture';

describe('toJson', () => {
  it.each([
    ['a full document', sampleDoc()],
    ['an empty document', emptyDoc()],
  ])('should give back the same document when parsed, for %s', (_name, doc) => {
    expect(JSON.parse(toJson(doc))).toEqual(doc);
  });

  it('should pretty-print with two-space indentation', () => {
    expect(toJson(emptyDoc()).split('\n')[1]).toBe('  "version": 1,');
  });
});
