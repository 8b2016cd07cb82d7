import { describe, expect, it } from "vitest";
import { message, room } from "../../client/testing/fakes";
import { canDelete, canEdit, postingBlock, roomAbilities } from "./usePermissions";

const caps = (...grants: string[]) => ({ ownCapabilities: grants });

describe("what the UI offers, from the room's ownCapabilities alone", () => {
  it("offers managing members where the server grants it, never in direct rooms", () => {
    expect(roomAbilities(room("r", 0, { role: "member", ...caps("manage-members") })).manageMembers).toBe(true);
    expect(roomAbilities(room("r", 0, { role: "owner", ...caps("send-message") })).manageMembers).toBe(false);
    expect(roomAbilities(room("r", 0, { role: "owner", type: "direct", ...caps("manage-members") })).manageMembers).toBe(false);
  });

  it("offers nothing the server did not name, whatever the room role", () => {
    const owner = roomAbilities(room("r", 0, { role: "owner" }));
    expect(owner).toMatchObject({ send: false, manageMembers: false, rename: false, react: false, deleteAny: false });
    expect(owner.leave).toBe(true);
  });

  it("offers rename and sending as granted", () => {
    expect(roomAbilities(room("r", 0, { role: "moderator", ...caps("update-room") })).rename).toBe(true);
    expect(roomAbilities(room("r", 0, { role: "owner", type: "direct", ...caps("update-room") })).rename).toBe(false);
    expect(roomAbilities(room("r", 0, { role: undefined, type: "channel", ...caps("join-channel") })).send).toBe(false);
    expect(roomAbilities(room("r", 0, { role: "member", ...caps("send-message") })).send).toBe(true);
  });

  it("edits only one's own messages and deletes others' only with delete-any-message", () => {
    const mine = message("r", 1, "ana");
    const theirs = message("r", 2, "bob");
    const member = room("r", 2, { role: "member", ...caps("edit-own-message", "delete-own-message") });
    const moderator = room("r", 2, { role: "moderator", ...caps("delete-any-message") });
    expect(canEdit(mine, "ana", member)).toBe(true);
    expect(canEdit(theirs, "ana", moderator)).toBe(false);
    expect(canDelete(mine, "ana", member)).toBe(true);
    expect(canDelete(theirs, "ana", member)).toBe(false);
    expect(canDelete(theirs, "ana", moderator)).toBe(true);
    expect(canDelete(mine, "ana", room("r", 2, { role: "owner" }))).toBe(false);
    expect(canDelete({ ...mine, deletedAt: "2026-01-01T00:00:00.000Z" }, "ana", moderator)).toBe(false);
  });
});

describe("why the composer is not offered", () => {
  it("says the user is muted (and until when) when a moderator muted them", () => {
    expect(postingBlock(room("r", 0, { role: "member", mutedByModerator: true }))).toEqual({ reason: "muted" });
    const until = "2026-12-06T23:00:00.000Z";
    expect(postingBlock(room("r", 0, { role: "member", mutedByModerator: true, mutedByModeratorUntil: until }))).toEqual({ reason: "muted", until });
  });

  it("says the room is frozen when it is and the user may not post", () => {
    expect(postingBlock(room("r", 0, { role: "member", frozen: true }))).toEqual({ reason: "frozen" });
  });

  it("says nothing when the user may post, frozen or not, or is kept out for another reason", () => {
    expect(postingBlock(room("r", 0, { role: "moderator", frozen: true, ...caps("send-message", "freeze-room") }))).toBeNull();
    expect(postingBlock(room("r", 0, { role: undefined, type: "channel", ...caps("join-channel") }))).toBeNull();
  });
});

describe("moderation offered from ownCapabilities", () => {
  it("offers ban, mute and freeze only with their grants, never in direct rooms", () => {
    const moderator = roomAbilities(room("r", 0, { role: "moderator", ...caps("ban-member", "mute-member", "freeze-room") }));
    expect(moderator).toMatchObject({ ban: true, mute: true, freeze: true });
    expect(roomAbilities(room("r", 0, { role: "member", ...caps("send-message") }))).toMatchObject({ ban: false, mute: false, freeze: false });
    expect(roomAbilities(room("r", 0, { type: "direct", ...caps("ban-member", "freeze-room") }))).toMatchObject({ ban: false, freeze: false });
  });
});
