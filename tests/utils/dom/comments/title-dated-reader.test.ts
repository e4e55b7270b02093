import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { titleDatedReader } from '../../../../utils/dom/comments/title-dated-reader';

const doc = (html: string): Document => parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;

const read = titleDatedReader('test-system', '#talk', {
  item: '.note',
  author: ['.who'],
  date: ['.when'],
  body: '.said',
});

describe('titleDatedReader', () => {
  it("should read the comments in the region, each date's machine form from its title", () => {
    const found = read(
      doc(
        '<div id="talk"><div class="note"><span class="who">Ann</span><span class="when" title="2026-11-28T09:00:00Z">yesterday</span><div class="said">Good news.</div></div></div>',
      ),
    );
    expect(found?.system).toBe('test-system');
    expect(found?.comments.map((c) => [c.author?.textContent, c.dateTime])).toEqual([['Ann', '2026-11-28T09:00:00Z']]);
  });

  it('should find nothing without the region, or with no comment in it', () => {
    expect(read(doc('<div class="note"><div class="said">Good news.</div></div>'))).toBeUndefined();
    expect(read(doc('<div id="talk"><p>No comments yet.</p></div>'))).toBeUndefined();
  });
});
