import type { MemberDirectory, Room } from "../../client";

/** The other person of a direct room: given by the server, or found once its members are loaded. */
export function directPeer(room: Room, me: string, members: MemberDirectory): string | undefined {
  if (room.type !== "direct") return undefined;
  return room.peer?.id ?? members.list(room.id)?.find((m) => m.userId !== me)?.userId;
}

/** A room's display name: its name, or the other person's name for a direct room. */
export function roomName(room: Room, me: string, members: MemberDirectory): string {
  if (room.name) return room.name;
  const peer = directPeer(room, me, members);
  if (!peer) return "…";
  return room.peer?.name ?? members.name(peer);
}

/** Up to two initials for an avatar. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]![0], words[words.length - 1]![0]] : [...(words[0] ?? "?")].slice(0, 2);
  return letters.join("").toUpperCase();
}
