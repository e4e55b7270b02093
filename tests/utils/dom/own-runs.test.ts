import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ownRuns } from '../../../utils/dom/own-runs';

const blockOf = (html: string): Element => {
  const doc = parseHTML(`<html><body><div id="b">${html}</div></body></html>`).document as unknown as Document;
  return doc.querySelector('#b')!;
};

describe('ownRuns', () => {
  it('should split the block’s own text at line breaks and child blocks, inline markup kept in its run', () => {
    const block = blockOf(
      'First <em>run</em>   here.<br><br>Second run.<h2>Heading</h2>Third <a href="/x">run</a>.<ul><li>Item</li></ul>',
    );
    expect(ownRuns(block)).toEqual({ runs: ['First run here.', 'Second run.', 'Third run.'], broken: true });
  });

  it('should leave out blank runs and say when no line break sets runs apart', () => {
    expect(ownRuns(blockOf('  <p>Paragraph</p>\n  Text beside a form.<form><input></form>'))).toEqual({
      runs: ['Text beside a form.'],
      broken: false,
    });
  });

  it('should give nothing for a block of blocks', () => {
    expect(ownRuns(blockOf('<p>One.</p><p>Two.</p>'))).toEqual({ runs: [], broken: false });
  });
});
