import { describe, expect, it } from "vitest";
import { RoomDirectory, mentionsUser } from "./rooms";
import { message, room } from "./testing/fakes";

function directory() {
  const rooms = new RoomDirectory(() => "ana");
  rooms.replaceAll([room("r", 2, { lastReadSeq: 2, mentionCount: 0 })]);
  return rooms;
}

describe("the mention count of a room", () => {
  it("grows with live messages that mention the user by name or @all, not with others or own ones", () => {
    const rooms = directory();
    rooms.applyNewMessage(message("r", 3, "ana", { mentions: ["ana"] }));
    rooms.applyNewMessage(message("r", 4, "bob", { mentions: ["ana"] }));
    rooms.applyNewMessage(message("r", 5, "bob", { mentionsAll: true }));
    rooms.applyNewMessage(message("r", 6, "bob", { mentions: ["cy"] }));
    expect(rooms.get("r")?.mentionCount).toBe(2);
  });

  it("drops to zero once everything is read", () => {
    const rooms = directory();
    rooms.applyNewMessage(message("r", 3, "bob", { mentions: ["ana"] }));
    rooms.applyNewMessage(message("r", 4, "bob"));
    expect(rooms.get("r")?.mentionCount).toBe(1);
    rooms.applyRead("r", "ana", 4);
    expect(rooms.get("r")?.mentionCount).toBe(0);
  });

  it("is the server's on a full answer, and events never carry per-user fields over it", () => {
    const rooms = directory();
    rooms.put(room("r", 4, { lastReadSeq: 2, mentionCount: 2, muted: true }));
    rooms.patch("r", { name: "Renamed" });
    expect(rooms.get("r")).toMatchObject({ name: "Renamed", mentionCount: 2, muted: true });
  });
});

describe("whether a message mentions someone", () => {
  it("is true for a listed user id or for @all", () => {
    expect(mentionsUser(message("r", 1, "bob", { mentions: ["ana"] }), "ana")).toBe(true);
    expect(mentionsUser(message("r", 1, "bob", { mentionsAll: true }), "ana")).toBe(true);
    expect(mentionsUser(message("r", 1, "bob"), "ana")).toBe(false);
  });
});

describe("the counts and the last message after a delete", () => {
  function unreadRoom() {
    const rooms = new RoomDirectory(() => "ana");
    rooms.replaceAll([room("r", 2, { lastReadSeq: 2, mentionCount: 0 })]);
    rooms.applyNewMessage(message("r", 3, "bob", { mentions: ["ana"] }));
    rooms.applyNewMessage(message("r", 4, "bob"));
    rooms.applyNewMessage(message("r", 5, "bob"));
    return rooms;
  }

  it("a deleted unread message is no longer unread, nor a mention", () => {
    const rooms = unreadRoom();
    const mention = message("r", 3, "bob", { mentions: ["ana"] });
    rooms.applyDeletedMessage({ ...mention, text: "", mentions: undefined, deletedAt: "2026-01-01T01:00:00Z" }, mention);
    expect(rooms.get("r")).toMatchObject({ unreadCount: 2, mentionCount: 0 });
  });

  it("a deleted message that was read already, or the caller's own, changes no count", () => {
    const rooms = unreadRoom();
    rooms.applyDeletedMessage({ ...message("r", 2, "bob"), deletedAt: "2026-01-01T01:00:00Z" });
    rooms.applyNewMessage(message("r", 6, "ana"));
    rooms.applyRead("r", "ana", 4);
    rooms.applyNewMessage(message("r", 7, "bob"));
    rooms.applyDeletedMessage({ ...message("r", 6, "ana"), deletedAt: "2026-01-01T01:00:00Z" });
    expect(rooms.get("r")?.unreadCount).toBe(1);
  });

  it("deleting the last message shows the one before it, or none until the room is loaded again", () => {
    const rooms = unreadRoom();
    const last = message("r", 5, "bob");
    expect(rooms.applyDeletedMessage({ ...last, text: "", deletedAt: "2026-01-01T01:00:00Z" }, last, message("r", 4, "bob"))).toBe(false);
    expect(rooms.get("r")?.lastMessage?.seq).toBe(4);
    const previous = message("r", 4, "bob");
    expect(rooms.applyDeletedMessage({ ...previous, text: "", deletedAt: "2026-01-01T01:00:00Z" }, previous)).toBe(true);
    expect(rooms.get("r")?.lastMessage).toBeUndefined();
    rooms.put(room("r", 5, { lastReadSeq: 2, unreadCount: 1, lastMessage: message("r", 3, "bob") }));
    expect(rooms.get("r")).toMatchObject({ unreadCount: 1, lastMessage: { seq: 3 } });
  });

  it("keeps the server's count, which left deleted messages out, until everything is read", () => {
    const rooms = new RoomDirectory(() => "ana");
    rooms.replaceAll([room("r", 5, { lastReadSeq: 1, unreadCount: 2 })]);
    expect(rooms.get("r")?.unreadCount).toBe(2);
    rooms.applyNewMessage(message("r", 6, "bob"));
    expect(rooms.get("r")?.unreadCount).toBe(3);
    rooms.applyRead("r", "ana", 6);
    rooms.applyNewMessage(message("r", 7, "bob"));
    expect(rooms.get("r")?.unreadCount).toBe(1);
  });

  it("a message replayed already deleted is neither unread nor the last message", () => {
    const rooms = unreadRoom();
    rooms.applyNewMessage({ ...message("r", 6, "bob"), text: "", deletedAt: "2026-01-01T01:00:00Z" });
    expect(rooms.get("r")).toMatchObject({ unreadCount: 3, lastMessage: { seq: 5 }, lastSeq: 6 });
  });
});
