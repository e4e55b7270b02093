import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { rowCells } from '../../../utils/dom/row-cells';

describe('rowCells', () => {
  it("should give a row's header and data cells in order, and nothing else", () => {
    const doc = parseHTML(
      '<html><body><table><tr><th>Price</th><td>612.40</td><script>x</script><td>+18.25</td></tr></table></body></html>',
    ).document as unknown as Document;
    const row = doc.querySelector('tr') ?? undefined;
    expect(rowCells(row).map((cell) => cell.textContent)).toEqual(['Price', '612.40', '+18.25']);
  });

  it('should give no cells for a missing row', () => {
    expect(rowCells(undefined)).toEqual([]);
  });
});
