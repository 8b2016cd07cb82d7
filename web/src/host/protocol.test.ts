import { describe, expect, it } from "vitest";
import type { Room } from "../client";
import { parseCommand, parseFilters, unreadEvent } from "./protocol";
import { TokenBox } from "./tokenBox";

const room = (id: string, type: Room["type"], unreadCount: number) => ({ id, type, unreadCount }) as Room;

describe("commands from a host page", () => {
  it("accepts the four commands, with or without the parley: prefix, and the older parley:token", () => {
    expect(parseCommand({ type: "parley:open-room", roomId: "r1" })).toEqual({ type: "open-room", roomId: "r1" });
    expect(parseCommand({ type: "set-token", token: "t" })).toEqual({ type: "set-token", token: "t" });
    expect(parseCommand({ type: "parley:token", token: "t" })).toEqual({ type: "set-token", token: "t" });
    expect(parseCommand({ type: "parley:set-theme", theme: "dark" })).toEqual({ type: "set-theme", theme: "dark" });
    expect(parseCommand({ type: "parley:logout" })).toEqual({ type: "logout" });
  });

  it("ignores anything malformed", () => {
    for (const data of [null, "parley:logout", 42, {}, { type: "parley:open-room" }, { type: "parley:open-room", roomId: 7 },
      { type: "parley:set-theme", theme: "pink" }, { type: "parley:set-token", token: "" }, { type: "parley:eval", code: "x" },
      { type: "parley:open-room", roomId: "x".repeat(201) }]) {
      expect(parseCommand(data)).toBeNull();
    }
  });
});

describe("filters and unread counts", () => {
  it("keeps only well-formed criteria", () => {
    expect(parseFilters({ roomIds: ["a", 3], types: ["group", "bogus"] })).toEqual({ roomIds: ["a"], types: ["group"] });
    expect(parseFilters("direct")).toBeUndefined();
    expect(parseFilters({})).toBeUndefined();
  });

  it("counts unread messages per room and in total, for the rooms the filters let through", () => {
    const rooms = [room("a", "group", 2), room("b", "direct", 3), room("c", "channel", 0)];
    expect(unreadEvent(rooms, undefined)).toEqual({ type: "unread", total: 5, rooms: { a: 2, b: 3, c: 0 } });
    expect(unreadEvent(rooms, { types: ["group", "channel"] })).toEqual({ type: "unread", total: 2, rooms: { a: 2, c: 0 } });
  });
});

describe("the token box", () => {
  it("hands out a token put by the host once, then asks the provider", async () => {
    const box = new TokenBox(async () => "from-provider", () => undefined);
    box.put("handed-over");
    expect(await box.take()).toBe("handed-over");
    expect(await box.take()).toBe("from-provider");
  });

  it("without a provider, asks the host and waits for the next token", async () => {
    let asked = 0;
    const box = new TokenBox(null, () => asked++);
    expect(box.canTake()).toBe(false);
    const waiting = box.take();
    expect(asked).toBe(1);
    box.put("fresh");
    expect(await waiting).toBe("fresh");
  });
});
