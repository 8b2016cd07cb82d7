import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ReadyProbe, readyUrlOf } from "./readyProbe";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function server(upAfter: number) {
  let calls = 0;
  const fetch = vi.fn(async () => {
    calls += 1;
    if (calls <= upAfter) throw new TypeError("connection refused");
    return new Response("{}", { status: 200 });
  });
  return fetch;
}

describe("the ready probe", () => {
  it("asks about once a second and calls back once the server answers", async () => {
    const fetch = server(2);
    const up = vi.fn();
    new ReadyProbe("http://x/ready", fetch, () => 0.5).start(up);

    await vi.advanceTimersByTimeAsync(1_000);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(up).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(up).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it("keeps waiting on a 503 and stops asking when stopped", async () => {
    const fetch = vi.fn(async () => new Response("{}", { status: 503 }));
    const up = vi.fn();
    const probe = new ReadyProbe("http://x/ready", fetch, () => 0.5);
    probe.start(up);
    await vi.advanceTimersByTimeAsync(3_000);
    probe.stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(up).not.toHaveBeenCalled();
  });

  it("slows to about every five seconds after a minute of outage", async () => {
    const fetch = vi.fn(async () => new Response("{}", { status: 503 }));
    new ReadyProbe("http://x/ready", fetch, () => 0.5).start(vi.fn());
    await vi.advanceTimersByTimeAsync(60_000);
    const afterAMinute = fetch.mock.calls.length;
    await vi.advanceTimersByTimeAsync(20_000);
    expect(fetch.mock.calls.length - afterAMinute).toBeLessThanOrEqual(5);
  });
});

describe("the ready url", () => {
  it("sits next to the API's /v1", () => {
    expect(readyUrlOf("https://chat.example/v1")).toBe("https://chat.example/ready");
    expect(readyUrlOf("/v1/")).toBe("/ready");
  });
});
