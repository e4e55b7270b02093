import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { f1Of } from '../../../../scripts/eval/extraction/metrics';
import {
  betterOfEach,
  countMisses,
  goldInPage,
  pageTextOf,
  type MissInput,
} from '../../../../scripts/eval/extraction/misses';

const documentOf = (body: string): Document =>
  parseHTML(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`)
    .document as unknown as Document;

const score = (precision: number, recall: number) => ({ precision, recall });

describe('pageTextOf', () => {
  it('reads the body text and leaves out scripts, styles, noscript fallbacks and templates', () => {
    const doc = documentOf(
      '<p>The council voted.</p><script>var story = "hidden";</script><style>p{}</style>' +
        '<noscript>Enable scripts</noscript><template><p>later</p></template><div>Nine to two.</div>',
    );
    const text = pageTextOf(doc).replace(/\s+/g, ' ').trim();
    expect(text).toBe('The council voted. Nine to two.');
  });
});

describe('goldInPage', () => {
  it('is 1 when the page holds every gold shingle, 0 when it holds none', () => {
    const page = 'Home News The council voted nine to two on Tuesday night to close the old bridge. Contact us';
    expect(goldInPage(page, 'The council voted nine to two on Tuesday night')).toBe(1);
    expect(goldInPage(page, 'A quite different story about the harbour festival opening')).toBe(0);
  });
});

describe('countMisses', () => {
  const page = (ours: number, extra: Partial<MissInput> = {}): MissInput => ({
    ours: score(ours, ours),
    goldInPage: 1,
    goldTokens: 300,
    ...extra,
  });

  it('counts only pages under the missed F1, and sorts them by why', () => {
    const counts = countMisses([
      page(0.95),
      page(0.6),
      page(0.1, { goldInPage: 0.2 }),
      page(0.1, { goldTokens: 6 }),
      page(0.2, { baseline: score(0.9, 0.95) }),
      page(0.3, { baseline: score(0.3, 0.4) }),
      page(0),
    ]);
    expect(counts).toEqual({ missed: 5, unreachable: 1, shortGold: 1, baselineRead: 1 });
  });

  it('says nothing of Readability when it did not run', () => {
    expect(countMisses([page(0.1), page(0.2)])).toEqual({ missed: 2, unreachable: 0, shortGold: 0, baselineRead: 0 });
  });
});

describe('betterOfEach', () => {
  it('takes Readability only where its F1 is higher, and ours where it did not run', () => {
    const ours = score(1, 0.5);
    const better = betterOfEach([
      { ours, baseline: score(0.9, 0.9), goldInPage: 1, goldTokens: 100 },
      { ours, baseline: score(0.5, 0.5), goldInPage: 1, goldTokens: 100 },
      { ours, goldInPage: 1, goldTokens: 100 },
    ]);
    expect(better.map(f1Of).map((f) => f.toFixed(3))).toEqual(['0.900', '0.667', '0.667']);
  });
});
