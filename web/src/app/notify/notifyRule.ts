import type { Message, Room } from "../../client";

export interface NotifyContext {
  me: string;
  /** The room the user has open, if any. */
  openRoomId: string | null;
  /** The tab is hidden (another tab, minimised window, locked screen). */
  hidden: boolean;
}

/**
 * Whether a new message deserves a notification: someone else's, in a room the user is a member
 * of and did not mute, and not in the room they are looking at right now (a message in the open
 * room notifies only while the tab is hidden).
 */
export function shouldNotify(message: Message, room: Room | undefined, context: NotifyContext): boolean {
  if (message.userId === context.me || message.deletedAt) return false;
  if (!room || !room.role || room.muted) return false;
  return context.hidden || room.id !== context.openRoomId;
}

/** What a notification says: the room (and author, for group rooms) and the first line of the text. */
export function notificationText(roomName: string, authorName: string, direct: boolean, text: string): { title: string; body: string } {
  const line = text.replace(/\s+/g, " ").trim();
  return { title: direct ? authorName : `${authorName} · ${roomName}`, body: line.length > 140 ? `${line.slice(0, 139)}…` : line };
}
