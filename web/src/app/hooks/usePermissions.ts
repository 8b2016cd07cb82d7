import type { Message, Room } from "../../client";
import type { Permissions } from "../boot/config";

/** What the UI offers in a room, from the app-wide permissions and the room role (api.md → Roles). */
export interface RoomAbilities {
  send: boolean;
  manageMembers: boolean;
  rename: boolean;
  leave: boolean;
  react: boolean;
  isAdmin: boolean;
}

export function roomAbilities(room: Room, permissions: Permissions): RoomAbilities {
  const isAdmin = permissions.deleteAnyMessage;
  const staff = room.role === "owner" || room.role === "moderator" || isAdmin;
  const notDirect = room.type !== "direct";
  return {
    send: permissions.sendMessages && (room.role !== undefined || isAdmin),
    manageMembers: permissions.manageMembers && notDirect && staff,
    rename: notDirect && staff,
    leave: room.role !== undefined,
    react: permissions.react && (room.role !== undefined || isAdmin),
    isAdmin,
  };
}

export function canEdit(message: Message, me: string, permissions: Permissions): boolean {
  return permissions.editOwnMessages && message.userId === me && !message.deletedAt;
}

export function canDelete(message: Message, me: string, room: Room, permissions: Permissions): boolean {
  if (message.deletedAt) return false;
  if (permissions.deleteAnyMessage) return true;
  if (message.userId === me) return permissions.deleteOwnMessages;
  return room.role === "owner" || room.role === "moderator";
}
