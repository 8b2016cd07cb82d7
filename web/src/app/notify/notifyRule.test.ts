import { describe, expect, it } from "vitest";
import { message, room } from "../../client/testing/fakes";
import { notificationText, shouldNotify } from "./notifyRule";

const away = { me: "ana", openRoomId: "other", hidden: false };

describe("whether a message notifies", () => {
  it("notifies for someone else's message in another room", () => {
    expect(shouldNotify(message("r", 1, "bob"), room("r", 1), away)).toBe(true);
  });

  it("never notifies for one's own message, a muted room or a room one is not in", () => {
    expect(shouldNotify(message("r", 1, "ana"), room("r", 1), away)).toBe(false);
    expect(shouldNotify(message("r", 1, "bob"), room("r", 1, { muted: true }), away)).toBe(false);
    expect(shouldNotify(message("r", 1, "bob"), room("r", 1, { role: undefined }), away)).toBe(false);
    expect(shouldNotify(message("r", 1, "bob"), undefined, away)).toBe(false);
  });

  it("notifies for the open room only while the tab is hidden", () => {
    expect(shouldNotify(message("r", 1, "bob"), room("r", 1), { ...away, openRoomId: "r" })).toBe(false);
    expect(shouldNotify(message("r", 1, "bob"), room("r", 1), { ...away, openRoomId: "r", hidden: true })).toBe(true);
  });
});

describe("what a notification says", () => {
  it("names the author, and the room unless it is a direct chat, with one short line of text", () => {
    expect(notificationText("Launch", "Bob", false, "hi\n\nthere")).toEqual({ title: "Bob · Launch", body: "hi there" });
    expect(notificationText("Bob", "Bob", true, "x".repeat(200)).body).toHaveLength(140);
  });
});
