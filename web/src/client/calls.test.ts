import { describe, expect, it, vi } from "vitest";
import { CallControl } from "./calls";
import type { RestApi } from "./rest";
import type { Call, ClientFrame } from "./types";

function call(overrides: Partial<Call> = {}): Call {
  return {
    id: "c1",
    roomId: "r1",
    initiatorId: "ana",
    media: "video",
    mode: "mesh",
    state: "ringing",
    participants: [
      { userId: "ana", state: "joined", sessionId: "s-ana" },
      { userId: "bob", state: "ringing" },
    ],
    createdAt: "2026-12-06T10:00:00Z",
    ringUntil: "2026-12-06T10:00:30Z",
    ...overrides,
  };
}

function control(me: string, session: string, rest: Partial<RestApi> = {}) {
  const sent: ClientFrame[] = [];
  const calls = new CallControl({
    rest: rest as RestApi,
    send: (frame) => sent.push(frame),
    me: () => me,
    sessionId: () => session,
    changed: () => undefined,
  });
  return { calls, sent };
}

describe("calls", () => {
  it("rings for the callee until they answered on any device", () => {
    const { calls } = control("bob", "s-bob-phone");
    calls.apply(call());
    expect(calls.ringing().map((c) => c.id)).toEqual(["c1"]);
    expect(calls.current()).toBeUndefined();

    calls.apply(call({ state: "active", participants: [
      { userId: "ana", state: "joined", sessionId: "s-ana" },
      { userId: "bob", state: "joined", sessionId: "s-bob-laptop" },
    ] }));

    expect(calls.ringing()).toEqual([]);
    expect(calls.current()).toBeUndefined();
    expect(calls.inRoom("r1")?.state).toBe("active");
  });

  it("never brings an ended call back to life from a late event", () => {
    const { calls } = control("ana", "s-ana");
    calls.apply(call({ state: "ended", outcome: "cancelled" }));
    calls.apply(call());
    expect(calls.get("c1")?.state).toBe("ended");
    expect(calls.inRoom("r1")).toBeUndefined();
  });

  it("sends its session with a start and signals to one session", async () => {
    const startCall = vi.fn(async () => call());
    const { calls, sent } = control("ana", "s-ana", { startCall } as Partial<RestApi>);

    const started = await calls.start("r1", "audio");
    calls.signal("c1", "s-bob", "offer", { type: "offer", sdp: "v=0" });

    expect(startCall).toHaveBeenCalledWith("r1", "audio", "s-ana");
    expect(calls.current()?.id).toBe(started.id);
    expect(sent).toEqual([{ type: "call.signal", callId: "c1", toSessionId: "s-bob", kind: "offer", payload: { type: "offer", sdp: "v=0" } }]);
  });
});
