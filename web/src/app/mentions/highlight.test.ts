import { describe, expect, it } from "vitest";
import { splitMentions } from "./highlight";

describe("mentions in a message's text", () => {
  it("are split out, the longest mark first, case-insensitively", () => {
    expect(splitMentions("hi @grace kim and @Ana!", [
      { text: "Grace", me: false },
      { text: "Grace Kim", me: true },
      { text: "Ana", me: false },
    ])).toEqual([
      { kind: "text", text: "hi " },
      { kind: "mention", text: "@grace kim", me: true },
      { kind: "text", text: " and " },
      { kind: "mention", text: "@Ana", me: false },
      { kind: "text", text: "!" },
    ]);
  });

  it("leave email addresses and unknown names alone", () => {
    expect(splitMentions("write to bob@ana.org or @zed", [{ text: "ana", me: false }])).toEqual([
      { kind: "text", text: "write to bob@ana.org or @zed" },
    ]);
  });

  it("need a word boundary after the name", () => {
    expect(splitMentions("@anatole", [{ text: "ana", me: true }])).toEqual([{ kind: "text", text: "@anatole" }]);
  });
});
