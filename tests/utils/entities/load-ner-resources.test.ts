import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runSteps } from '../../../utils/steps/steps';

/** The module as on a fresh page: nothing decoded yet. */
const freshModule = () => import('../../../utils/entities/load-ner-resources');

describe('loadNerResourcesSteps', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  it('should decode step by step on first use, then hand out the same objects at once', async () => {
    const { loadNerResources, loadNerResourcesSteps } = await freshModule();
    const steps = loadNerResourcesSteps();
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    expect(pauses).toBeGreaterThan(3);
    expect(loadNerResources()).toBe(next.value);
    expect(loadNerResourcesSteps().next()).toEqual({ done: true, value: next.value });
  });

  it('should keep the objects a synchronous caller got while the steps were paused', async () => {
    const { loadNerResources, loadNerResourcesSteps } = await freshModule();
    const steps = loadNerResourcesSteps();
    steps.next();
    const first = loadNerResources();
    expect(runSteps(steps)).toBe(first);
  });
});
