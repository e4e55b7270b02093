// A build step for the panel's injected parts: a script the background injects is evaluated in one task, and the page
// reader's top-level code (hundreds of rule modules building their patterns and tables) was the longest task the panel
// put on the host page. Rollup writes an unlisted script as one function called at once, its modules' top-level
// statements one after another in its body; this step turns that body into a generator, a pause point between
// statements, and runs it in slices of `SLICE_BUDGET_MS` between the page's tasks, as `runInSlices` does the reading.
import type { Plugin } from 'vite';
import { SLICE_BUDGET_MS } from '../../utils/steps/run-in-slices';

/**
 * Source characters of top-level code run between two pauses. Top-level code costs roughly by its length (the costly
 * statements build patterns, whose cost grows with their source: a few ms for the longest, of a few thousand
 * characters), so a step of a few hundred characters is well under the slice budget, and a pause every few hundred
 * characters adds under 2% to the file.
 */
const STEP_CHARS = 400;

/** The parts of an ESTree program this step reads: the script's statements, each with its source range. */
interface Node {
  type: string;
  start: number;
  end: number;
}
interface Program extends Node {
  body: Node[];
}
interface FunctionNode extends Node {
  body: { body: Node[] };
  generator?: boolean;
  async?: boolean;
  params: Node[];
}

type Statement = Node & {
  expression?: Node & { callee?: Node; arguments?: Node[] };
  declarations?: { init?: Node & { callee?: Node; arguments?: Node[] } }[];
};

/**
 * The function of `(function() { … })();`, the shape Rollup gives an IIFE bundle (`var name = (function() { … })();`
 * with a name, which WXT takes off again), or undefined.
 */
function bundleFunction(program: Program): FunctionNode | undefined {
  const [statement, ...rest] = program.body as Statement[];
  const call =
    statement?.type === 'ExpressionStatement'
      ? statement.expression
      : statement?.type === 'VariableDeclaration' && statement.declarations?.length === 1
        ? statement.declarations[0]?.init
        : undefined;
  const callee = call?.type === 'CallExpression' ? (call.callee as FunctionNode | undefined) : undefined;
  const plain = callee?.type === 'FunctionExpression' && !callee.generator && !callee.async;
  return plain && rest.length === 0 && callee.params.length === 0 && call?.arguments?.length === 0 ? callee : undefined;
}

/**
 * The script's body run step by step: its statements become the body of a generator with a `yield` between each two,
 * and a driver runs as many as fit in a slice, then the rest in new tasks (a message to itself, as `yieldToPage`). The
 * promise of the whole evaluation is left at `globalThis[key]` (rejected if a statement throws), so the panel can wait
 * for the part. Returns undefined for code of another shape (left as it is).
 */
export function evaluateInSlices(code: string, program: Program, key: string): string | undefined {
  const fn = bundleFunction(program);
  const statements = fn?.body.body ?? [];
  const first = statements[0] as (Node & { directive?: string }) | undefined;
  if (!fn || first?.directive !== 'use strict') return undefined;
  const body = statements.slice(1);
  if (body.length === 0) return undefined;
  // Statements are copied as they are, each ended by a `yield`: a declaration's scope is the generator's body, as it
  // was the function's, and function declarations are hoisted there alike. The minifier joins the constants of many
  // modules into one declaration: its declarators are taken apart, in order, each a statement of its own.
  const parts = body.flatMap((statement) => {
    const { kind, declarations } = statement as Node & { kind?: string; declarations?: Node[] };
    return kind && declarations && declarations.length > 1
      ? declarations.map((declarator) => `${kind} ${code.slice(declarator.start, declarator.end)};`)
      : [code.slice(statement.start, statement.end)];
  });
  // A pause after each run of statements of `STEP_CHARS` or more (short ones cost next to nothing to run).
  let steps = '';
  let run = 0;
  for (const part of parts) {
    steps += `${part}\n`;
    run += part.length;
    if (run >= STEP_CHARS) [steps, run] = [`${steps};yield;\n`, 0];
  }
  const driver = `const steps = (function* () {\n${steps}\n})();
const done = new Promise((resolve, reject) => {
  const slice = () => {
    try {
      const started = performance.now();
      do {
        if (steps.next().done) return resolve();
      } while (performance.now() - started < ${SLICE_BUDGET_MS});
    } catch (error) {
      return reject(error);
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { channel.port1.close(); slice(); };
    channel.port2.postMessage(undefined);
  };
  slice();
});
done.catch(() => {});
globalThis[${JSON.stringify(key)}] = done;`;
  return `${code.slice(0, fn.start)}function() {\n"use strict";\n${driver}\n}${code.slice(fn.end)}`;
}

/**
 * The Vite plugin: each named output file (`panel-reader.js`) is evaluated in slices, its promise left at the key
 * given. The files' source maps (development builds only) are not shifted to match.
 */
export function evaluateFilesInSlices(keys: Readonly<Record<string, string>>): Plugin {
  return {
    name: 'sidelight:evaluate-in-slices',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const [file, key] of Object.entries(keys)) {
        const chunk = bundle[file];
        if (chunk?.type !== 'chunk') continue;
        const code = evaluateInSlices(chunk.code, this.parse(chunk.code) as unknown as Program, key);
        if (code === undefined) this.error(`${file}: not one function called at once; cannot evaluate it in slices`);
        chunk.code = code;
      }
    },
  };
}
