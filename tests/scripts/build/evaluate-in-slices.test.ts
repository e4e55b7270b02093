import { runInNewContext } from 'node:vm';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { evaluateInSlices } from '../../../scripts/build/evaluate-in-slices';

const KEY = '__partEvaluated';
/** A string literal long enough that each statement holding one is a step of its own. */
const PAD = JSON.stringify('x'.repeat(400));
/** Busy for `ms`: a statement that costs time to run, like a rule module building its patterns. */
const busy = (ms: number) => `for (const end = performance.now() + ${ms}; performance.now() < end; );`;

/** The code as built, evaluated in a fresh context: what its first slice left, then the rest once it has run. */
async function run(code: string) {
  const program = parseAst(code) as unknown as Parameters<typeof evaluateInSlices>[1];
  const sliced = evaluateInSlices(code, program, KEY);
  if (sliced === undefined) return undefined;
  const world: Record<string, unknown> = { performance, MessageChannel };
  world.globalThis = world;
  runInNewContext(sliced, world);
  const afterFirstSlice = world.part;
  await world[KEY];
  return { afterFirstSlice, part: world.part };
}

describe('evaluateInSlices', () => {
  it.each([
    ['a plain IIFE', (body: string) => `(function(){"use strict";${body}})();`],
    [
      'a named IIFE (as Rollup writes it before WXT takes the name off)',
      (body: string) => `var x=(function(){"use strict";${body}})();`,
    ],
  ])('should run %s to the same end, over several tasks', async (_case, wrap) => {
    const body = `const a=${PAD}.length;${busy(15)}function later(){return a+b}const b=2,c=later()+${PAD}.length;${busy(15)}globalThis.part=c;return c`;
    const result = await run(wrap(body));
    expect(result?.afterFirstSlice).toBeUndefined();
    expect(result?.part).toBe(400 + 2 + 400);
  });

  it('should take a declaration of several constants apart in order, each one seeing the ones before', async () => {
    const result = await run(`(function(){"use strict";const a=${PAD},b=a.length+1,c=b*2;globalThis.part=c})();`);
    expect(result?.part).toBe(802);
  });

  it('should reject the evaluation when a statement throws', async () => {
    const code = `(function(){"use strict";const a=${PAD};${busy(15)}throw new Error("rule module")})();`;
    await expect(run(code)).rejects.toThrow('rule module');
  });

  it.each([
    ['two statements', '(function(){"use strict";globalThis.part=1})();globalThis.other=2;'],
    ['no strict mode', '(function(){globalThis.part=1})();'],
    ['an arrow function', '(()=>{"use strict";globalThis.part=1})();'],
    ['a function called with arguments', '(function(g){"use strict";g.part=1})(globalThis);'],
  ])('should leave code of another shape as it is: %s', async (_case, code) => {
    expect(await run(code)).toBeUndefined();
  });
});
