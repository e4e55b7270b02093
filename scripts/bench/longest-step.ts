import { parsePageSteps } from '../../utils/parse-page-text';

/** How the step-wise parser divides its work on one input: the panel can pause between steps, not inside one. */
export interface StepProfile {
  steps: number;
  /** The longest single step, in ms: the longest the panel can block the page while parsing. */
  longestMs: number;
  /**
   * The longest step in CPU time (user + system, all of the process's threads), in ms: on a machine shared with other
   * work a step's wall time includes the time the process waited for a core; its CPU time much less so.
   */
  longestCpuMs: number;
  /** The steps longer than the panel's slice budget, in ms, longest first (at most five). */
  overBudget: number[];
}

/** Runs the parser step by step on `text` and times each step. */
export function profileSteps(text: string, budgetMs: number): StepProfile {
  const steps = parsePageSteps(text);
  const times: number[] = [];
  let longestCpuMs = 0;
  for (;;) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const next = steps.next();
    times.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    longestCpuMs = Math.max(longestCpuMs, (used.user + used.system) / 1000);
    if (next.done) break;
  }
  const sorted = times.sort((a, b) => b - a);
  return {
    steps: times.length,
    longestMs: sorted[0] ?? 0,
    longestCpuMs,
    overBudget: sorted.filter((ms) => ms > budgetMs).slice(0, 5),
  };
}
