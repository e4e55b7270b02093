import { describe, expect, it } from 'vitest';
import { createProgressBar } from '../../../scripts/cli/progress-bar';

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return { isTTY, chunks, write: (chunk: string) => chunks.push(chunk) };
}

describe('createProgressBar', () => {
  it('should redraw in place on a terminal and clear the line when done', () => {
    const out = stream(true);
    const bar = createProgressBar(4, out);
    bar.tick();
    bar.tick();
    bar.done();
    expect(out.chunks.at(0)).toMatch(/^\r\[ {30}\] 0\/4$/);
    expect(out.chunks.at(2)).toMatch(/^\r\[#{15} {15}\] 2\/4$/);
    expect(out.chunks.at(-1)).toBe('\r\u001b[K');
  });

  it.each([
    ['a pipe or file', false, 4],
    ['a single input', true, 1],
  ])('should write nothing to %s', (_name, isTTY, total) => {
    const out = stream(isTTY);
    const bar = createProgressBar(total, out);
    bar.tick();
    bar.done();
    expect(out.chunks).toEqual([]);
  });
});
