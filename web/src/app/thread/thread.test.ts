import { describe, expect, it } from "vitest";
import type { Message } from "../../client";
import { replyCounts, threadOf } from "./thread";

let seq = 0;
const msg = (id: string, parentId?: string): Message =>
  ({ id, roomId: "r", seq: ++seq, userId: "u", text: id, createdAt: "2026-01-01T00:00:00Z", ...(parentId ? { parentId } : {}) }) as Message;

describe("threads", () => {
  const messages = [msg("root"), msg("other"), msg("a", "root"), msg("b", "a"), msg("c", "other"), msg("d", "root")];

  it("a reply chain is its root and every reply to it or to its replies, in order", () => {
    expect(threadOf(messages, "b").map((m) => m.id)).toEqual(["root", "a", "b", "d"]);
    expect(threadOf(messages, "root").map((m) => m.id)).toEqual(["root", "a", "b", "d"]);
    expect(threadOf(messages, "c").map((m) => m.id)).toEqual(["other", "c"]);
  });

  it("starts at the oldest loaded message when the root is not loaded", () => {
    expect(threadOf([msg("x", "gone"), msg("y", "x")], "y").map((m) => m.id)).toEqual(["x", "y"]);
    expect(threadOf(messages, "missing")).toEqual([]);
  });

  it("counts direct replies", () => {
    expect(replyCounts(messages).get("root")).toBe(2);
    expect(replyCounts(messages).get("a")).toBe(1);
    expect(replyCounts(messages).has("d")).toBe(false);
  });
});
