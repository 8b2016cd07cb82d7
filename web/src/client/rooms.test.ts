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
