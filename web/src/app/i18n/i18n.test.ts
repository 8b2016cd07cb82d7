import { describe, expect, it } from "vitest";
import { en } from "./en";
import { dayLabel, relativeTime } from "./format";
import { errorMessage, t } from "./t";

describe("catalogue", () => {
  it("fills placeholders and maps problem codes to sentences", () => {
    expect(t("unreadCount", { count: 3 })).toBe("3 unread");
    expect(errorMessage({ code: "forbidden" })).toBe("You are not allowed to do that.");
    expect(errorMessage({ code: "something_new" })).toBe(en.genericError);
    expect(errorMessage(new Error("boom"))).toBe(en.genericError);
  });

  it("names the unknown user ids and the broken rule the server names", () => {
    expect(errorMessage({ code: "user_not_found", detail: "no active user ghost, zed" })).toBe(
      "No active user with the ID ghost, zed.",
    );
    expect(errorMessage({ code: "validation_failed", detail: "name must be 1-100 characters (got 0)" })).toBe(
      "That doesn't look right: name must be 1-100 characters (got 0).",
    );
    expect(errorMessage({ code: "user_not_found" })).toBe("No active user has that ID.");
  });

  it("says times relative to now and names days", () => {
    const now = new Date(2026, 5, 10, 12, 0, 0);
    expect(relativeTime(new Date(2026, 5, 10, 11, 59, 40).toISOString(), now)).toBe("now");
    expect(relativeTime(new Date(2026, 5, 10, 11, 55, 0).toISOString(), now)).toBe("5 minutes ago");
    expect(dayLabel(new Date(2026, 5, 10, 8).toISOString(), now)).toBe("Today");
    expect(dayLabel(new Date(2026, 5, 9, 8).toISOString(), now)).toBe("Yesterday");
    expect(dayLabel(new Date(2025, 0, 3).toISOString(), now)).toContain("2025");
  });
});
