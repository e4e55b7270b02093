/**
 * Hands the main thread back to the page and resolves in a new task, queued behind whatever the page has waiting:
 * its input, timers and rendering go first. A message to ourselves rather than `setTimeout`, which browsers clamp to
 * 4 ms when repeated; not `scheduler.yield()`, whose continuations jump ahead of the page's own tasks and starve its
 * timers for as long as the work lasts.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
