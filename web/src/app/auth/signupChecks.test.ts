import { describe, expect, it } from "vitest";
import { checkSignup, fieldErrorOf } from "./signupChecks";

describe("sign-up checks", () => {
  it("say which field is wrong and why", () => {
    expect(checkSignup("ana", "Ana", "long enough")).toEqual({});
    expect(Object.keys(checkSignup("a b", "", "short"))).toEqual(["userId", "name", "password"]);
  });

  it("put the server's refusal under the field it names", () => {
    expect(fieldErrorOf({ code: "user_exists" })).toHaveProperty("userId");
    expect(fieldErrorOf({ code: "validation_failed", detail: "password must be at least 8 characters" })).toEqual({
      password: "That doesn't look right: password must be at least 8 characters.",
    });
    expect(fieldErrorOf({ code: "invalid_credentials" })).toBeNull();
  });
});
