import { describe, expect, it } from "vitest";
import { ParleyError } from "../../client";
import { suspensionOf } from "./suspension";

const refusal = (status: number, code: string, detail?: string) => new ParleyError({ status, code, title: "Forbidden", detail });

describe("an app ban as the app tells it", () => {
  it("reads the end and the reason the server gives, each only when there is one", () => {
    expect(suspensionOf(refusal(403, "banned", "you are banned from this app until 2026-12-08T10:00:00Z: spam: links, twice"))).toEqual({
      until: "2026-12-08T10:00:00Z",
      reason: "spam: links, twice",
    });
    expect(suspensionOf(refusal(403, "banned", "you are banned from this app until 2026-12-08T10:00:00.123Z"))).toEqual({ until: "2026-12-08T10:00:00.123Z" });
    expect(suspensionOf(refusal(403, "banned", "you are banned from this app: rude"))).toEqual({ reason: "rude" });
    expect(suspensionOf(refusal(403, "banned", "you are banned from this app"))).toEqual({});
  });

  it("is no suspension for a room ban, an expired token or any other error", () => {
    expect(suspensionOf(refusal(403, "banned", "you are banned from this room"))).toBeNull();
    expect(suspensionOf(refusal(401, "token_expired", "the token expired"))).toBeNull();
    expect(suspensionOf(new Error("you are banned from this app"))).toBeNull();
    expect(suspensionOf(undefined)).toBeNull();
  });
});
