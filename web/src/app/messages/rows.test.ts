import { describe, expect, it } from "vitest";
import { message } from "../../client/testing/fakes";
import { buildRows } from "./rows";

const at = (iso: string) => ({ createdAt: iso });

describe("message rows", () => {
  it("separates days and groups consecutive messages of one author", () => {
    const rows = buildRows(
      [
        message("r", 1, "bob", at("2026-03-01T10:00:00.000Z")),
        message("r", 2, "bob", at("2026-03-01T10:01:00.000Z")),
        message("r", 3, "ana", at("2026-03-01T10:02:00.000Z")),
        message("r", 4, "ana", at("2026-03-01T10:30:00.000Z")),
        message("r", 5, "ana", at("2026-03-03T10:30:00.000Z")),
      ],
      [],
      null,
      "ana",
      false,
    );
    expect(rows.map((r) => (r.kind === "message" ? `${r.message.seq}${r.startsGroup ? "+" : ""}` : r.kind))).toEqual([
      "start",
      "day",
      "1+",
      "2",
      "3+",
      "4+",
      "day",
      "5+",
    ]);
  });

  it("puts the new-messages divider before the first unread message of someone else", () => {
    const rows = buildRows(
      [message("r", 1, "bob"), message("r", 2, "ana"), message("r", 3, "bob"), message("r", 4, "bob")],
      [],
      1,
      "ana",
      true,
    );
    const kinds = rows.map((r) => (r.kind === "message" ? r.message.seq : r.kind));
    expect(kinds).toEqual(["start", "day", 1, 2, "unread", 3, 4]);
  });

  it("lists pending messages last", () => {
    const rows = buildRows(
      [message("r", 1, "bob")],
      [{ clientId: "c1", roomId: "r", text: "hi", status: "sending", createdAt: "2026-01-01T00:00:09.000Z" }],
      null,
      "ana",
      false,
    );
    expect(rows.at(-1)).toMatchObject({ kind: "pending", startsGroup: true });
  });
});
