import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ParleyClient } from "./client";
import { FakeHttp, FakeSockets, flush, message, room } from "./testing/fakes";
import { onlineClient } from "./testing/harness";
import type { Room } from "./types";

function online(rooms: Room[], history: Record<string, number> = {}) {
  return onlineClient(rooms, { history });
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval"] });
});
afterEach(() => vi.useRealTimers());

describe("room events", () => {
  it("applies edits, deletes and reactions to loaded messages, and the preview falls back to the newest message that still exists", async () => {
    const { client, socket } = await online([room("r1", 2)], { r1: 2 });
    await client.loadLatest("r1");
    const edited = message("r1", 2, "bob", { text: "fixed", editedAt: "2026-01-01T00:01:00.000Z" });
    socket.push({ type: "message.updated", roomId: "r1", lastSeq: 2, seq: 2, message: edited });
    socket.push({
      type: "reaction.added",
      roomId: "r1",
      lastSeq: 2,
      messageId: message("r1", 1).id,
      userId: "bob",
      emoji: "👍",
      reactions: [{ emoji: "👍", count: 1, userIds: ["bob"] }],
    });
    await flush();
    const [first, second] = client.getTimeline("r1").messages;
    expect(second?.text).toBe("fixed");
    expect(first?.reactions).toEqual([{ emoji: "👍", count: 1, userIds: ["bob"] }]);

    socket.push({ type: "message.new", roomId: "r1", lastSeq: 3, seq: 3, message: message("r1", 3) });
    socket.push({
      type: "message.deleted",
      roomId: "r1",
      lastSeq: 3,
      seq: 3,
      message: message("r1", 3, "bob", { text: "", deletedAt: "2026-01-01T00:02:00.000Z" }),
    });
    await flush();
    expect(client.getTimeline("r1").messages.map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(client.getRoom("r1")?.lastMessage?.seq).toBe(2);
  });

  it("forgets a room the user was removed from, and one that was deleted", async () => {
    const { client, socket } = await online([room("r1", 0), room("r2", 0), room("r3", 0)]);
    socket.push({ type: "member.removed", roomId: "r1", lastSeq: 0, userId: "ana" });
    socket.push({ type: "room.deleted", roomId: "r2", lastSeq: 0 });
    socket.push({ type: "member.removed", roomId: "r3", lastSeq: 0, userId: "bob" });
    await flush();
    expect(client.getRooms().map((r) => r.id)).toEqual(["r3"]);
    expect(client.getRoom("r3")?.memberCount).toBe(1);
  });

  it("adds a room joined while away without counting its earlier history as unread", async () => {
    const sockets = new FakeSockets();
    const http = new FakeHttp().on((url) => (url.pathname === "/v1/rooms" ? { status: 200, body: { items: [], nextCursor: null } } : undefined));
    const client = new ParleyClient({
      apiUrl: "http://parley.test/v1",
      wsUrl: "ws://x",
      userId: "ana",
      getToken: async () => "t",
      socketFactory: sockets.factory,
      fetch: http.fetch,
    });
    await client.start();
    await flush();
    const s = sockets.last;
    s.open();
    s.push({ type: "ready", userId: "ana", sessionId: "s" });
    const joined = room("r9", 5, { lastReadSeq: 0, unreadCount: 0 });
    s.push({ type: "member.added", roomId: "r9", lastSeq: 5, member: { userId: "ana", role: "member", lastReadSeq: 4, joinedAt: "2026-01-01T00:00:00.000Z" }, room: joined });
    for (let seq = 1; seq <= 5; seq++) s.push({ type: "message.new", roomId: "r9", lastSeq: 5, seq, message: message("r9", seq) });
    s.push({ type: "sync.done" });
    await flush();
    expect(client.getRoom("r9")?.unreadCount).toBe(1);
    expect(client.getRoom("r9")?.role).toBe("member");
  });

  it("keeps the member count exact once the members are loaded, whatever events repeat", async () => {
    const { client, socket, http } = await online([room("r1", 0, { memberCount: 2 })]);
    const member = (userId: string) => ({ userId, role: "member", lastReadSeq: 0, joinedAt: "2026-01-01T00:00:00.000Z", user: { id: userId, name: userId.toUpperCase() } });
    http.on((url) => (url.pathname === "/v1/rooms/r1/members" ? { status: 200, body: { items: [member("ana"), member("bob")], nextCursor: null } } : undefined));
    await client.members.ensure("r1");
    for (let i = 0; i < 2; i++) socket.push({ type: "member.added", roomId: "r1", lastSeq: 0, member: member("cid") });
    await flush();
    expect(client.getRoom("r1")?.memberCount).toBe(3);
    expect(client.members.name("cid")).toBe("CID");
    socket.push({ type: "member.removed", roomId: "r1", lastSeq: 0, userId: "bob" });
    await flush();
    expect(client.getRoom("r1")?.memberCount).toBe(2);
    expect(client.members.list("r1")?.map((m) => m.userId)).toEqual(["ana", "cid"]);
  });

  it("renames a room on room.updated and fetches a room it did not know", async () => {
    const { client, socket } = await online([room("r1", 0)]);
    socket.push({ type: "room.updated", roomId: "r1", lastSeq: 0, room: { id: "r1", name: "New name" } });
    socket.push({ type: "room.created", roomId: "r7", lastSeq: 0, room: { id: "r7", name: "Other" } });
    await flush();
    expect(client.getRoom("r1")?.name).toBe("New name");
    expect(client.getRoom("r7")?.name).toBe("Fetched");
  });

  it("splits a sync of more than 1,000 rooms into frames the server accepts", async () => {
    const rooms = Array.from({ length: 2_500 }, (_, i) => room(`r${i}`, i));
    const sockets = new FakeSockets();
    const http = new FakeHttp().on((url) => (url.pathname === "/v1/rooms" ? { status: 200, body: { items: rooms, nextCursor: null } } : undefined));
    const client = new ParleyClient({ apiUrl: "http://p/v1", wsUrl: "ws://p", userId: "ana", getToken: async () => "t", socketFactory: sockets.factory, fetch: http.fetch });
    await client.start();
    await flush();
    sockets.last.open();
    sockets.last.push({ type: "ready", userId: "ana", sessionId: "s" });
    const syncs = sockets.last.framesOf("sync").map((f) => Object.keys(f.rooms as object).length);
    expect(syncs).toEqual([1_000, 1_000, 500]);
    sockets.last.push({ type: "sync.done" });
    sockets.last.push({ type: "sync.done" });
    expect(client.getState()).toBe("syncing");
    sockets.last.push({ type: "sync.done" });
    expect(client.getState()).toBe("online");
  });
});

describe("the appearance changed by an admin", () => {
  it("tells the app, which fetches its configuration and re-themes itself", async () => {
    const { client, socket } = await online([room("r1", 0)]);
    const told: unknown[] = [];
    client.on("event", (event) => told.push(event));

    socket.push({ type: "appearance.changed", version: 5, clientType: "web" });
    await flush();

    expect(told).toContainEqual({ type: "appearance.changed", version: 5, clientType: "web" });
    expect(client.getRoom("r1")).toBeDefined();
  });
});

describe("grants changed by an admin", () => {
  it("fetches every room again for its new ownCapabilities and tells the app", async () => {
    const rooms = [room("r1", 0, { ownCapabilities: ["send-message", "react"] })];
    const { client, socket } = await online(rooms);
    const told: string[] = [];
    client.on("event", (event) => told.push(event.type));
    rooms[0] = room("r1", 0, { ownCapabilities: ["react"] }); // what the server answers now

    socket.push({ type: "permissions.changed", version: 2 });
    await flush();

    expect(client.getRoom("r1")?.ownCapabilities).toEqual(["react"]);
    expect(told).toContain("permissions.changed");
  });

  it("does the same when an admin changes the user's own app role", async () => {
    const rooms = [room("r1", 0, { ownCapabilities: ["react"] })];
    const { client, socket } = await online(rooms);
    const told: string[] = [];
    client.on("event", (event) => told.push(event.type));
    rooms[0] = room("r1", 0, { ownCapabilities: ["react", "delete-any-message"] });

    socket.push({ type: "role.changed", role: "admin" });
    await flush();

    expect(client.getRoom("r1")?.ownCapabilities).toEqual(["react", "delete-any-message"]);
    expect(told).toContain("role.changed");
  });

  it("keeps a room's capabilities when a room.updated event (which has none) arrives", async () => {
    const { client, socket } = await online([room("r1", 0, { ownCapabilities: ["update-room"] })]);
    socket.push({ type: "room.updated", roomId: "r1", lastSeq: 0, room: { ...room("r1", 0), name: "Renamed" } });
    await flush();

    expect(client.getRoom("r1")?.name).toBe("Renamed");
    expect(client.getRoom("r1")?.ownCapabilities).toEqual(["update-room"]);
  });
});

describe("moderation events", () => {
  it("asks the server for the room again when the user is muted or unmuted there, not when someone else is", async () => {
    const { client, socket } = await online([room("r1", 0, { name: "Team" }), room("r2", 0, { name: "Other" })]);
    socket.push({ type: "member.muted", roomId: "r2", lastSeq: 0, userId: "bob" });
    socket.push({ type: "member.muted", roomId: "r1", lastSeq: 0, userId: "ana" });
    await flush();

    expect(client.getRoom("r1")?.name).toBe("Fetched");
    expect(client.getRoom("r2")?.name).toBe("Other");
  });

  it("marks a frozen room and asks again for it unless the user may freeze it (and so still posts)", async () => {
    const { client, socket } = await online([
      room("r1", 0, { name: "Team", ownCapabilities: ["send-message"] }),
      room("r2", 0, { name: "Mods", ownCapabilities: ["send-message", "freeze-room"] }),
    ]);
    socket.push({ type: "room.frozen", roomId: "r2", lastSeq: 0, frozen: true });
    await flush();
    expect(client.getRoom("r2")).toMatchObject({ name: "Mods", frozen: true });

    socket.push({ type: "room.frozen", roomId: "r1", lastSeq: 0, frozen: true });
    await flush();
    expect(client.getRoom("r1")?.name).toBe("Fetched");
  });
});
