import { describe, expect, it } from "vitest";
import { message, room } from "../../client/testing/fakes";
import { withDefaults } from "../boot/config";
import { canDelete, canEdit, roomAbilities } from "./usePermissions";

const perms = (over = {}) => ({ ...withDefaults({}, "http://x", "t").permissions, ...over });

describe("what the UI offers", () => {
  it("lets owners and moderators manage members of groups, never of direct rooms", () => {
    expect(roomAbilities(room("r", 0, { role: "owner" }), perms()).manageMembers).toBe(true);
    expect(roomAbilities(room("r", 0, { role: "moderator" }), perms()).manageMembers).toBe(true);
    expect(roomAbilities(room("r", 0, { role: "member" }), perms()).manageMembers).toBe(false);
    expect(roomAbilities(room("r", 0, { role: "owner", type: "direct" }), perms()).manageMembers).toBe(false);
    expect(roomAbilities(room("r", 0, { role: "owner" }), perms({ manageMembers: false })).manageMembers).toBe(false);
  });

  it("offers rename to staff of groups only, and sending to members", () => {
    expect(roomAbilities(room("r", 0, { role: "member" }), perms()).rename).toBe(false);
    expect(roomAbilities(room("r", 0, { role: "owner", type: "direct" }), perms()).rename).toBe(false);
    expect(roomAbilities(room("r", 0, { role: undefined, type: "channel" }), perms()).send).toBe(false);
    expect(roomAbilities(room("r", 0), perms({ sendMessages: false })).send).toBe(false);
  });

  it("edits only one's own messages and deletes others' only as owner, moderator or admin", () => {
    const mine = message("r", 1, "ana");
    const theirs = message("r", 2, "bob");
    expect(canEdit(mine, "ana", perms())).toBe(true);
    expect(canEdit(theirs, "ana", perms({ deleteAnyMessage: true }))).toBe(false);
    expect(canDelete(mine, "ana", room("r", 2), perms())).toBe(true);
    expect(canDelete(theirs, "ana", room("r", 2, { role: "member" }), perms())).toBe(false);
    expect(canDelete(theirs, "ana", room("r", 2, { role: "moderator" }), perms())).toBe(true);
    expect(canDelete(theirs, "ana", room("r", 2, { role: "member" }), perms({ deleteAnyMessage: true }))).toBe(true);
    expect(canDelete({ ...mine, deletedAt: "2026-01-01T00:00:00.000Z" }, "ana", room("r", 2), perms())).toBe(false);
  });
});
