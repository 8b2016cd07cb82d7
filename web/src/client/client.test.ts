import { describe, expect, it, vi } from "vitest";
import { flush, message, room } from "./testing/fakes";
import { newEvent, seqs, serverAccepts, startClient, useFakeClock } from "./testing/harness";

useFakeClock();

describe("connecting", () => {
  it("authenticates with the first frame, then syncs every room from the seq it holds", async () => {
    const h = await startClient([room("r1", 3), room("r2", 0)]);
    await serverAccepts(h);
    const sent = h.sockets.last.sent;
    expect(sent[0]).toEqual({ type: "auth", token: "t1" });
    expect(sent[1]).toEqual({ type: "sync", rooms: { r1: 3, r2: 0 }, changes: { r1: 0, r2: 0 } });
    expect(h.client.getState()).toBe("online");
  });
});

describe("reconnect and resync", () => {
  it("delivers every message missed while disconnected exactly once", async () => {
    const h = await startClient([room("r1", 3)]);
    h.history.set("r1", [1, 2, 3].map((s) => message("r1", s)));
    await serverAccepts(h);
    await h.client.loadLatest("r1");
    h.sockets.last.drop(1006);
    expect(h.client.getState()).toBe("offline");

    await vi.advanceTimersByTimeAsync(1_000);
    expect(h.sockets.all).toHaveLength(2);
    const missed = [4, 5, 6].map((s) => message("r1", s));
    h.history.set("r1", [1, 2, 3, 4, 5, 6].map((s) => message("r1", s)));
    // the replay repeats seq 3 and 5: the client must not count them twice
    await serverAccepts(h, [newEvent(message("r1", 3), 6), ...missed.map((m) => newEvent(m, 6)), newEvent(missed[1]!, 6)]);

    expect(h.sockets.last.framesOf("sync")[0]).toEqual({ type: "sync", rooms: { r1: 3 }, changes: { r1: 0 } });
    expect(seqs(h, "r1")).toEqual([1, 2, 3, 4, 5, 6]);
    expect(h.newMessages.map((m) => m.seq)).toEqual([4, 5, 6]);
    expect(h.client.getRoom("r1")?.unreadCount).toBe(3);
  });

  it("reconnects within half a second when the server restarts (1012)", async () => {
    const h = await startClient([room("r1", 0)]);
    await serverAccepts(h);
    h.sockets.last.drop(1012);
    await vi.advanceTimersByTimeAsync(500);
    expect(h.sockets.all).toHaveLength(2);
  });

  it("gives up on a socket that never says ready and reconnects", async () => {
    const h = await startClient([room("r1", 0)]);
    h.sockets.last.open();
    await vi.advanceTimersByTimeAsync(15_000);
    expect(h.sockets.all[0]!.closedByClient).toBe(4000);
    expect(h.client.getState()).toBe("offline");
    await vi.advanceTimersByTimeAsync(1_000);
    expect(h.sockets.all).toHaveLength(2);
  });

  it("treats a socket that stops answering pings as dead and reconnects", async () => {
    const h = await startClient([room("r1", 0)]);
    await serverAccepts(h);
    await vi.advanceTimersByTimeAsync(25_000 + 10_000);
    expect(h.sockets.all[0]!.framesOf("ping")).toHaveLength(1);
    expect(h.client.getState()).toBe("offline");
    await vi.advanceTimersByTimeAsync(1_000);
    expect(h.sockets.all).toHaveLength(2);
  });
});

describe("gaps", () => {
  it("pages REST history when the replay limit is exceeded (sync.gap)", async () => {
    const h = await startClient([room("r1", 3)]);
    h.history.set("r1", [1, 2, 3].map((s) => message("r1", s)));
    await serverAccepts(h);
    await h.client.loadLatest("r1");
    h.sockets.last.drop(1001);
    const all = Array.from({ length: 1_500 }, (_, i) => message("r1", i + 1));
    h.history.set("r1", all);

    await vi.advanceTimersByTimeAsync(1_000);
    await serverAccepts(h, [{ type: "sync.gap", roomId: "r1", fromSeq: 4, toSeq: 1_500 }]);
    await flush();

    const afterQueries = h.http.requests
      .filter((r) => r.url.pathname === "/v1/rooms/r1/messages" && r.url.searchParams.has("after"))
      .map((r) => Number(r.url.searchParams.get("after")));
    expect(afterQueries[0]).toBe(3);
    expect(afterQueries.length).toBeGreaterThanOrEqual(8);
    expect(seqs(h, "r1")).toEqual(all.map((m) => m.seq));
    expect(new Set(h.newMessages.map((m) => m.seq)).size).toBe(h.newMessages.length);

    h.sockets.last.drop(1006);
    await vi.advanceTimersByTimeAsync(1_000);
    await serverAccepts(h);
    expect(h.sockets.last.framesOf("sync")[0]).toEqual({ type: "sync", rooms: { r1: 1_500 }, changes: { r1: 0 } });
  });

  it("asks for a resync of a room when an event shows it is behind", async () => {
    const h = await startClient([room("r1", 3)]);
    await serverAccepts(h);
    h.sockets.last.push(newEvent(message("r1", 6), 6));
    await flush();
    const syncs = h.sockets.last.framesOf("sync");
    expect(syncs).toHaveLength(2);
    expect(syncs[1]).toEqual({ type: "sync", rooms: { r1: 3 }, changes: { r1: 0 } });
    // the replay fills 4 and 5; seq 6 is not counted twice
    h.sockets.last.push(newEvent(message("r1", 4), 6));
    h.sockets.last.push(newEvent(message("r1", 5), 6));
    h.sockets.last.push({ type: "sync.done" });
    await flush();
    expect(h.newMessages.map((m) => m.seq).sort()).toEqual([4, 5, 6]);
    expect(h.client.getRoom("r1")?.unreadCount).toBe(3);
  });

  it("drops a room the server says the user cannot see (sync.error)", async () => {
    const h = await startClient([room("r1", 3), room("r2", 1)]);
    await serverAccepts(h, [{ type: "sync.error", roomId: "r2", code: "room_not_found" }]);
    expect(h.client.getRooms().map((r) => r.id)).toEqual(["r1"]);
  });
});

describe("tokens", () => {
  it("gets a fresh token when the socket closes with 4401 and authenticates with it", async () => {
    const h = await startClient([room("r1", 0)]);
    await serverAccepts(h);
    h.sockets.last.drop(4401);
    await flush();
    expect(h.tokens).toEqual(["t1", "t2"]);
    await vi.advanceTimersByTimeAsync(1_000);
    h.sockets.last.open();
    expect(h.sockets.last.sent[0]).toEqual({ type: "auth", token: "t2" });
  });

  it("retries a REST call once with a fresh token after token_expired", async () => {
    const h = await startClient([room("r1", 0)]);
    h.http.on((url, init) => {
      if (url.pathname !== "/v1/rooms/r1") return undefined;
      const auth = (init?.headers as Record<string, string>).Authorization;
      return auth === "Bearer t1"
        ? { status: 401, body: { status: 401, code: "token_expired" } }
        : { status: 200, body: room("r1", 0, { name: "Renamed" }) };
    });
    await h.client.refreshRoom("r1");
    expect(h.client.getRoom("r1")?.name).toBe("Renamed");
    expect(h.http.requests.filter((r) => r.url.pathname === "/v1/rooms/r1").map((r) => r.auth)).toEqual([
      "Bearer t1",
      "Bearer t2",
    ]);
  });

  it("stops and asks for sign-in when the provider has nothing better than the rejected token", async () => {
    const h = await startClient([room("r1", 0)], ["only"]);
    const required = vi.fn();
    h.client.on("auth-required", required);
    await serverAccepts(h);
    h.sockets.last.drop(4401);
    await flush();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(h.client.getState()).toBe("unauthorized");
    expect(required).toHaveBeenCalledTimes(1);
    expect(h.sockets.all).toHaveLength(1);
  });
});

describe("changes while away", () => {
  it("asks sync for the changes after each room's change position", async () => {
    const h = await startClient([room("r1", 3, { lastChange: 7 })]);
    await serverAccepts(h);
    expect(h.sockets.last.framesOf("sync")[0]).toEqual({ type: "sync", rooms: { r1: 3 }, changes: { r1: 7 } });
  });

  it("counts a call.updated as one of the room's changes: a reconnect syncs from after it", async () => {
    const h = await startClient([room("r1", 3, { lastChange: 7 })]);
    await serverAccepts(h);
    h.sockets.last.push({ type: "call.updated", roomId: "r1", lastSeq: 3, change: 8, call: ringingCall("r1") });
    await flush();
    expect(h.client.calls.ringing().map((c) => c.id)).toEqual(["c1"]);
    expect(h.sockets.last.framesOf("sync")).toHaveLength(1);

    h.sockets.last.drop(1006);
    await vi.advanceTimersByTimeAsync(1_000);
    await serverAccepts(h);
    expect(h.sockets.last.framesOf("sync")[0]).toEqual({ type: "sync", rooms: { r1: 3 }, changes: { r1: 8 } });
  });

  it("asks for a resync when a call.updated shows a change it missed", async () => {
    const h = await startClient([room("r1", 3, { lastChange: 7 })]);
    await serverAccepts(h);
    h.sockets.last.push({ type: "call.updated", roomId: "r1", lastSeq: 3, change: 9, call: ringingCall("r1") });
    await flush();
    const syncs = h.sockets.last.framesOf("sync");
    expect(syncs).toHaveLength(2);
    expect(syncs[1]).toEqual({ type: "sync", rooms: { r1: 3 }, changes: { r1: 7 } });
  });

  it("reads the calls that rang before it started once, and leaves later ones to sync", async () => {
    const h = await startClient([room("r1", 3, { lastChange: 7 })]);
    h.http.on((url) => (url.pathname === "/v1/calls" ? { status: 200, body: { items: [ringingCall("r1")] } } : undefined));
    await serverAccepts(h);
    await flush();
    expect(h.client.calls.ringing().map((c) => c.id)).toEqual(["c1"]);

    h.sockets.last.drop(1006);
    await vi.advanceTimersByTimeAsync(1_000);
    await serverAccepts(h);
    await flush();
    expect(h.http.requests.filter((r) => r.url.pathname === "/v1/calls")).toHaveLength(1);
  });
});

/** A call of the room that rings for the signed-in user (ana). */
function ringingCall(roomId: string) {
  return {
    id: "c1",
    roomId,
    initiatorId: "bob",
    media: "audio",
    mode: "mesh",
    state: "ringing",
    participants: [
      { userId: "bob", state: "joined", sessionId: "s-bob", joinedAt: "2026-01-01T00:00:00Z" },
      { userId: "ana", state: "ringing" },
    ],
    createdAt: "2026-01-01T00:00:00Z",
    ringUntil: "2026-01-01T00:00:30Z",
  };
}
