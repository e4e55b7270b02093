/** How long the badge or the panel may take to appear, in ms (a busy 2-core CI machine). */
export const APPEAR_TIMEOUT_MS = 20_000;
/** Polling interval, in ms: short enough that measured latencies are off by at most this much. */
const POLL_MS = 50;

/** Polls `probe` until it returns something other than undefined (errors count as "not yet"); throws on timeout. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeout = APPEAR_TIMEOUT_MS) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
