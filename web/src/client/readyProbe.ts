import type { FetchLike } from "./rest";

/** Probe every ~1 s (jittered 0.5–1.5 s) for the first minute of an outage, then every ~5 s. */
export const PROBE_FAST_MS = 1_000;
export const PROBE_SLOW_MS = 5_000;
const FAST_FOR_MS = 60_000;

/**
 * While the connection waits out its backoff, asks the server's `GET /ready` whether it is back
 * (one small request per probe, no token), so that the reconnect follows the server's return
 * within about a second instead of at the next backoff step. The backoff stays the fallback.
 */
export class ReadyProbe {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private since = 0;
  private running = false;

  constructor(
    private readonly readyUrl: string,
    private readonly fetchImpl: FetchLike,
    private readonly random: () => number,
  ) {}

  /** Starts probing (again); `onUp` is called once, when `/ready` answers 2xx. */
  start(onUp: () => void): void {
    this.stop();
    this.running = true;
    this.since = Date.now();
    this.next(onUp);
  }

  stop(): void {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private next(onUp: () => void): void {
    const step = Date.now() - this.since < FAST_FOR_MS ? PROBE_FAST_MS : PROBE_SLOW_MS;
    this.timer = setTimeout(() => void this.probe(onUp), Math.round(step * (0.5 + this.random())));
  }

  private async probe(onUp: () => void): Promise<void> {
    this.timer = null;
    let up = false;
    try {
      up = (await this.fetchImpl(this.readyUrl, { cache: "no-store" })).ok;
    } catch {
      up = false; // still down (connection refused, network gone)
    }
    if (!this.running) return;
    if (up) {
      this.running = false;
      onUp();
    } else {
      this.next(onUp);
    }
  }
}

/** `https://chat.example/v1` → `https://chat.example/ready`. */
export function readyUrlOf(apiUrl: string): string {
  return `${apiUrl.replace(/\/v1\/?$/, "")}/ready`;
}
