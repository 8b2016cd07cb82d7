import { describe, expect, it } from "vitest";
import { activeMention, insertMention, matchMembers, mentionLabel } from "./mentionQuery";

const grace = { id: "grace.kim", name: "Grace Kim" };
const ana = { id: "ana", name: "Ana Lima" };
const ana2 = { id: "ana2", name: "ana lima" };

describe("the mention being typed", () => {
  it("starts at an @ at the start of a word and runs to the caret", () => {
    expect(activeMention("hi @gra", 7)).toEqual({ start: 3, query: "gra" });
    expect(activeMention("@", 1)).toEqual({ start: 0, query: "" });
    expect(activeMention("hi @Grace K", 11)).toEqual({ start: 3, query: "Grace K" });
  });

  it("is no mention inside an email address, after a line break or a leading space", () => {
    expect(activeMention("mail bob@exa", 12)).toBeNull();
    expect(activeMention("@ana\nok", 7)).toBeNull();
    expect(activeMention("@ hi", 4)).toBeNull();
    expect(activeMention("no at sign", 5)).toBeNull();
  });
});

describe("members matching a query", () => {
  it("match the start of any word of the name or id, case-insensitively", () => {
    expect(matchMembers([ana, grace], "kim")).toEqual([grace]);
    expect(matchMembers([ana, grace], "GRA")).toEqual([grace]);
    expect(matchMembers([ana, grace], "")).toEqual([ana, grace]);
    expect(matchMembers([ana, grace], "zed")).toEqual([]);
  });

  it("put names that start with the query before word matches", () => {
    const kimberly = { id: "kb", name: "Kimberly Doe" };
    expect(matchMembers([grace, kimberly], "kim")).toEqual([kimberly, grace]);
  });
});

describe("inserting a mention", () => {
  it("replaces the query with the name and a space, and puts the caret after it", () => {
    expect(insertMention("hi @gr there", { start: 3, query: "gr" }, 6, "Grace Kim")).toEqual({
      text: "hi @Grace Kim there",
      caret: 14,
    });
  });

  it("writes the id when two members share the name", () => {
    expect(mentionLabel(ana, [ana, ana2, grace])).toBe("ana");
    expect(mentionLabel(grace, [ana, ana2, grace])).toBe("Grace Kim");
  });
});
