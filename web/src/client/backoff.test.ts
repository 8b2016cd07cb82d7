import { describe, expect, it } from "vitest";
import { BACKOFF_MAX_MS, backoffDelay, restartDelay } from "./backoff";

describe("backoff", () => {
  it("doubles from 1 s with jitter between half and all of the step", () => {
    const steps = [1_000, 2_000, 4_000, 8_000, 16_000];
    steps.forEach((step, attempt) => {
      expect(backoffDelay(attempt, () => 0)).toBe(step / 2);
      expect(backoffDelay(attempt, () => 0.999999)).toBeLessThanOrEqual(step);
      expect(backoffDelay(attempt, () => 0.999999)).toBeGreaterThan(step * 0.99);
    });
  });

  it("never waits more than 30 s, however many attempts failed", () => {
    for (const attempt of [5, 6, 10, 50, 1_000]) {
      expect(backoffDelay(attempt, () => 1)).toBeLessThanOrEqual(BACKOFF_MAX_MS);
      expect(backoffDelay(attempt, () => 0)).toBe(BACKOFF_MAX_MS / 2);
    }
  });

  it("retries a restarting server within half a second", () => {
    expect(restartDelay(() => 0)).toBeGreaterThanOrEqual(100);
    expect(restartDelay(() => 1)).toBeLessThanOrEqual(500);
  });
});
