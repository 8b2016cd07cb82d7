/** Reconnect delays: 1 s, 2 s, 4 s … capped at 30 s, each with jitter in [50 %, 100 %] of the step. */
export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_MAX_MS = 30_000;

/** The delay before reconnect attempt number `attempt` (0 for the first retry). */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const step = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, Math.min(attempt, 16)));
  return Math.round(step / 2 + (step / 2) * random());
}

/** After a server restart (close 1012) another node is up at once: retry within half a second. */
export function restartDelay(random: () => number = Math.random): number {
  return Math.round(100 + 400 * random());
}
