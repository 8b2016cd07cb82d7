import { describe, expect, it, vi } from "vitest";
import { flush, message, room } from "./testing/fakes";
import { newEvent, seqs, serverAccepts, startClient, useFakeClock } from "./testing/harness";

useFakeClock();

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

  it("keeps how long to wait when a send is refused by slow mode, and forgets it on retry", async () => {
    const h = await startClient([room("r1", 0)]);
    await serverAccepts(h);
    const p = h.client.send("r1", "again");
    const frame = h.sockets.last.framesOf("message.send")[0]!;
    h.sockets.last.push({ type: "error", ref: frame.ref, code: "slow_mode", detail: "wait 12 s", retryAfterSeconds: 12 });
    await flush();
    expect(h.client.getPending("r1")[0]).toMatchObject({ status: "failed", error: "slow_mode", retryAfterSeconds: 12 });
    h.client.retry(p.clientId);
    expect(h.client.getPending("r1")[0]?.retryAfterSeconds).toBeUndefined();
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
