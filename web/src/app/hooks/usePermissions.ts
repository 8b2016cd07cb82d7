import type { Message, Room } from "../../client";

/**
 * What the UI offers in a room: the room's `ownCapabilities` alone — the grants the server says
 * the user holds there (their app role's and their room role's, per the grants document). The UI
 * never guesses from roles, so it offers exactly what the server allows.
 */
export interface RoomAbilities {
  send: boolean;
  manageMembers: boolean;
  rename: boolean;
  leave: boolean;
  react: boolean;
  editOwn: boolean;
  deleteOwn: boolean;
  deleteAny: boolean;
  ban: boolean;
  mute: boolean;
  freeze: boolean;
}

/** Whether the user holds `grant` in the room (false until the server said so). */
export function holds(room: Room, grant: string): boolean {
  return room.ownCapabilities?.includes(grant) ?? false;
}

export function roomAbilities(room: Room): RoomAbilities {
  const notDirect = room.type !== "direct";
  return {
    send: holds(room, "send-message"),
    manageMembers: notDirect && holds(room, "manage-members"),
    rename: notDirect && holds(room, "update-room"),
    // Leaving is every member's right, not a grant.
    leave: room.role !== undefined,
    react: holds(room, "react"),
    editOwn: holds(room, "edit-own-message"),
    deleteOwn: holds(room, "delete-own-message"),
    deleteAny: holds(room, "delete-any-message"),
    ban: notDirect && holds(room, "ban-member"),
    mute: notDirect && holds(room, "mute-member"),
    freeze: notDirect && holds(room, "freeze-room"),
  };
}

/**
 * Why the user may not post in the room, when moderation is the reason: a moderator's mute of
 * them, or a freeze (the server then leaves `send-message` out of `ownCapabilities`); null when
 * they may post, or when they may not for another reason.
 */
export function postingBlock(room: Room): { reason: "muted"; until?: string } | { reason: "frozen" } | null {
  if (holds(room, "send-message")) return null;
  if (room.mutedByModerator) return room.mutedByModeratorUntil ? { reason: "muted", until: room.mutedByModeratorUntil } : { reason: "muted" };
  if (room.frozen) return { reason: "frozen" };
  return null;
}

export function canEdit(message: Message, me: string, room: Room): boolean {
  return holds(room, "edit-own-message") && message.userId === me && !message.deletedAt;
}

export function canDelete(message: Message, me: string, room: Room): boolean {
  if (message.deletedAt) return false;
  if (holds(room, "delete-any-message")) return true;
  return message.userId === me && holds(room, "delete-own-message");
}
