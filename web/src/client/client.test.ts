import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ParleyClient } from "./client";
import { FakeHttp, FakeSockets, flush, message, room } from "./testing/fakes";
import type { Message, Room } from "./types";

const API = "http://parley.test/v1";

interface Harness {
  client: ParleyClient;
  sockets: FakeSockets;
  http: FakeHttp;
  tokens: string[];
  newMessages: Message[];
  /** Messages the fake server stores per room (for history paging). */
  history: Map<string, Message[]>;
}

async function startClient(rooms: Room[], tokenSequence = ["t1", "t2", "t3"]): Promise<Harness> {
  const sockets = new FakeSockets();
  const http = new FakeHttp();
  const history = new Map<string, Message[]>();
  const tokens: string[] = [];
  http.on((url) => (url.pathname === "/v1/rooms" ? { status: 200, body: { items: rooms, nextCursor: null } } : undefined));
  http.on((url) => {
    const m = /^\/v1\/rooms\/([^/]+)\/messages$/.exec(url.pathname);
    if (!m) return undefined;
    const all = history.get(m[1]!) ?? [];
    const limit = Number(url.searchParams.get("limit") ?? 50);
    const before = url.searchParams.get("before");
    const after = url.searchParams.get("after");
    if (after !== null) {
      const items = all.filter((x) => x.seq > Number(after)).slice(0, limit);
      return { status: 200, body: { items, hasMore: all.some((x) => x.seq > (items.at(-1)?.seq ?? Infinity)) } };
    }
    const below = before === null ? all : all.filter((x) => x.seq < Number(before));
    const items = below.slice(-limit);
    return { status: 200, body: { items, hasMore: below.length > items.length } };
  });
  let next = 0;
  const client = new ParleyClient({
    apiUrl: API,
    wsUrl: "ws://parley.test/v1/ws",
    userId: "ana",
    getToken: async () => {
      const t = tokenSequence[Math.min(next++, tokenSequence.length - 1)]!;
      tokens.push(t);
      return t;
    },
    socketFactory: sockets.factory,
    fetch: http.fetch,
    random: () => 0.5,
  });
  const newMessages: Message[] = [];
  client.on("message.new", (m) => newMessages.push(m));
  await client.start();
  await flush();
  return { client, sockets, http, tokens, newMessages, history };
}

/** Plays the server's side of a connect: open, ready, then answers the sync with `replay` and sync.done. */
async function serverAccepts(h: Harness, replay: object[] = []): Promise<void> {
  const socket = h.sockets.last;
  socket.open();
  socket.push({ type: "ready", userId: "ana", sessionId: `s${h.sockets.all.length}` });
  socket.push({ type: "presence.snapshot", online: [] });
  for (const frame of replay) socket.push(frame);
  socket.push({ type: "sync.done" });
  await flush();
}

function seqs(h: Harness, roomId: string): number[] {
  return h.client.getTimeline(roomId).messages.map((m) => m.seq);
}

function newEvent(m: Message, lastSeq = m.seq): object {
  return { type: "message.new", roomId: m.roomId, lastSeq, seq: m.seq, message: m };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("connecting", () => {
  it("authenticates with the first frame, then syncs every room from the seq it holds", async () => {
    const h = await startClient([room("r1", 3), room("r2", 0)]);
    await serverAccepts(h);
    const sent = h.sockets.last.sent;
    expect(sent[0]).toEqual({ type: "auth", token: "t1" });
    expect(sent[1]).toEqual({ type: "sync", rooms: { r1: 3, r2: 0 } });
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

    expect(h.sockets.last.framesOf("sync")[0]).toEqual({ type: "sync", rooms: { r1: 3 } });
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

describe("sending", () => {
  it("re-sends an unacknowledged message after a reconnect with the same clientId, and shows it once", async () => {
    const h = await startClient([room("r1", 3)]);
    h.history.set("r1", [1, 2, 3].map((s) => message("r1", s)));
    await serverAccepts(h);
    await h.client.loadLatest("r1");

    const pending = h.client.send("r1", "hello");
    const first = h.sockets.last.framesOf("message.send");
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ roomId: "r1", text: "hello", clientId: pending.clientId });
    h.sockets.last.drop(1006); // dropped before the ack
    expect(h.client.getPending("r1")).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(1_000);
    const socket = h.sockets.last;
    socket.open();
    socket.push({ type: "ready", userId: "ana", sessionId: "s2" });
    await flush();
    expect(socket.framesOf("message.send")).toHaveLength(0); // not before the resync is done
    // the server stored it after the replay was taken (or not at all): the client must re-send
    const stored = message("r1", 4, "ana", { text: "hello", clientId: pending.clientId });
    socket.push({ type: "sync.done" });
    await flush();

    const retried = socket.framesOf("message.send");
    expect(retried).toHaveLength(1);
    expect(retried[0]!.clientId).toBe(pending.clientId);
    socket.push({ type: "ack", ref: retried[0]!.ref, message: stored });
    socket.push(newEvent(stored));
    await flush();

    expect(seqs(h, "r1")).toEqual([1, 2, 3, 4]);
    expect(h.client.getTimeline("r1").messages.filter((m) => m.text === "hello")).toHaveLength(1);
    expect(h.client.getPending("r1")).toHaveLength(0);
    expect(h.client.getRoom("r1")?.unreadCount).toBe(0);
  });

  it("does not re-send a message the replay shows was stored before the drop", async () => {
    const h = await startClient([room("r1", 0)]);
    await serverAccepts(h);
    const pending = h.client.send("r1", "hello");
    h.sockets.last.drop(1006);
    await vi.advanceTimersByTimeAsync(1_000);
    const stored = message("r1", 1, "ana", { text: "hello", clientId: pending.clientId });
    await serverAccepts(h, [newEvent(stored)]);
    expect(h.sockets.last.framesOf("message.send")).toHaveLength(0);
    expect(h.client.getPending("r1")).toHaveLength(0);
    expect(h.newMessages.map((m) => m.clientId)).toEqual([pending.clientId]);
  });

  it("holds messages typed while offline and sends each once when the connection returns", async () => {
    const h = await startClient([room("r1", 0)]);
    await serverAccepts(h);
    h.sockets.last.drop(1006);
    const a = h.client.send("r1", "one");
    const b = h.client.send("r1", "two");
    expect(h.client.getPending("r1").map((p) => p.status)).toEqual(["sending", "sending"]);

    await vi.advanceTimersByTimeAsync(1_000);
    await serverAccepts(h);
    const sends = h.sockets.last.framesOf("message.send");
    expect(sends.map((f) => f.clientId)).toEqual([a.clientId, b.clientId]);
    sends.forEach((f, i) =>
      h.sockets.last.push({ type: "ack", ref: f.ref, message: message("r1", i + 1, "ana", { clientId: f.clientId as string }) }),
    );
    await flush();
    expect(h.client.getPending("r1")).toHaveLength(0);
    expect(h.client.getRoom("r1")?.lastSeq).toBe(2);
  });

  it("marks a refused send as failed and retries it with the same clientId", async () => {
    const h = await startClient([room("r1", 0)]);
    await serverAccepts(h);
    const p = h.client.send("r1", "hi");
    const frame = h.sockets.last.framesOf("message.send")[0]!;
    h.sockets.last.push({ type: "error", ref: frame.ref, code: "forbidden", detail: "no" });
    await flush();
    expect(h.client.getPending("r1")[0]).toMatchObject({ status: "failed", error: "forbidden" });
    h.client.retry(p.clientId);
    const again = h.sockets.last.framesOf("message.send");
    expect(again).toHaveLength(2);
    expect(again[1]!.clientId).toBe(p.clientId);
    expect(again[1]!.ref).not.toBe(frame.ref);
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
    expect(h.sockets.last.framesOf("sync")[0]).toEqual({ type: "sync", rooms: { r1: 1_500 } });
  });

  it("asks for a resync of a room when an event shows it is behind", async () => {
    const h = await startClient([room("r1", 3)]);
    await serverAccepts(h);
    h.sockets.last.push(newEvent(message("r1", 6), 6));
    await flush();
    const syncs = h.sockets.last.framesOf("sync");
    expect(syncs).toHaveLength(2);
    expect(syncs[1]).toEqual({ type: "sync", rooms: { r1: 3 } });
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

describe("unread counts", () => {
  it("count others' messages, not one's own, and follow read marks", async () => {
    const h = await startClient([room("r1", 2, { lastReadSeq: 1, unreadCount: 1 })]);
    h.http.on((url, init) =>
      url.pathname === "/v1/rooms/r1/read"
        ? {
            status: 200,
            body: { roomId: "r1", userId: "ana", lastReadSeq: JSON.parse(String(init!.body)).seq, lastSeq: 5, unreadCount: 0 },
          }
        : undefined,
    );
    await serverAccepts(h);
    expect(h.client.getRoom("r1")?.unreadCount).toBe(1);
    h.sockets.last.push(newEvent(message("r1", 3, "bob")));
    h.sockets.last.push(newEvent(message("r1", 4, "cid")));
    await flush();
    expect(h.client.getRoom("r1")?.unreadCount).toBe(3);
    expect(h.client.totalUnread()).toBe(3);

    h.sockets.last.push(newEvent(message("r1", 5, "ana")));
    await flush();
    expect(h.client.getRoom("r1")?.unreadCount).toBe(0); // sending moves one's own mark

    h.sockets.last.push(newEvent(message("r1", 6, "bob")));
    await flush();
    expect(h.client.getRoom("r1")?.unreadCount).toBe(1);
    h.sockets.last.push({ type: "read", roomId: "r1", lastSeq: 6, userId: "ana", seq: 6 });
    await flush();
    expect(h.client.getRoom("r1")?.unreadCount).toBe(0);

    h.sockets.last.push(newEvent(message("r1", 7, "bob")));
    await flush();
    await h.client.markRead("r1", 7);
    expect(h.http.requests.at(-1)).toMatchObject({ method: "POST", body: { seq: 7 } });
    expect(h.client.getRoom("r1")?.unreadCount).toBe(0);
  });

  it("sorts rooms by latest activity as messages arrive", async () => {
    const h = await startClient([
      room("r1", 1, { lastActivityAt: "2026-01-01T00:00:09.000Z" }),
      room("r2", 1, { lastActivityAt: "2026-01-01T00:00:05.000Z" }),
    ]);
    await serverAccepts(h);
    expect(h.client.getRooms().map((r) => r.id)).toEqual(["r1", "r2"]);
    h.sockets.last.push(newEvent(message("r2", 2, "bob", { createdAt: "2026-01-01T00:01:00.000Z" })));
    await flush();
    expect(h.client.getRooms().map((r) => r.id)).toEqual(["r2", "r1"]);
    expect(h.client.getRooms()[0]?.lastMessage?.seq).toBe(2);
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

describe("typing and presence", () => {
  it("shows who is typing until the indicator expires or their message arrives", async () => {
    const h = await startClient([room("r1", 0)]);
    await serverAccepts(h);
    h.sockets.last.push({ type: "typing", roomId: "r1", lastSeq: 0, userId: "bob", expiresInMs: 5_000 });
    h.sockets.last.push({ type: "typing", roomId: "r1", lastSeq: 0, userId: "cid", expiresInMs: 5_000 });
    await flush();
    expect(h.client.getTyping("r1")).toEqual(["bob", "cid"]);
    h.sockets.last.push(newEvent(message("r1", 1, "bob")));
    await flush();
    expect(h.client.getTyping("r1")).toEqual(["cid"]);
    await vi.advanceTimersByTimeAsync(5_001);
    expect(h.client.getTyping("r1")).toEqual([]);
  });

  it("tracks presence from the snapshot and events", async () => {
    const h = await startClient([room("r1", 0)]);
    h.sockets.last.open();
    h.sockets.last.push({ type: "ready", userId: "ana", sessionId: "s1" });
    h.sockets.last.push({ type: "presence.snapshot", online: ["bob"] });
    h.sockets.last.push({ type: "presence", userId: "cid", status: "online" });
    h.sockets.last.push({ type: "presence", userId: "bob", status: "offline" });
    expect(h.client.isOnline("bob")).toBe(false);
    expect(h.client.isOnline("cid")).toBe(true);
  });
});

describe("history", () => {
  it("pages back with before= without duplicating what is loaded", async () => {
    const h = await startClient([room("r1", 120)]);
    h.history.set("r1", Array.from({ length: 120 }, (_, i) => message("r1", i + 1)));
    await serverAccepts(h);
    await h.client.loadLatest("r1");
    expect(seqs(h, "r1")[0]).toBe(71);
    await h.client.loadOlder("r1");
    await h.client.loadOlder("r1");
    expect(seqs(h, "r1")).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    expect(h.client.getTimeline("r1").hasMoreBefore).toBe(false);
    expect(await h.client.loadOlder("r1")).toBe(false);
  });
});
