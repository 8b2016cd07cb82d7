import type { Room, RoomType } from "../client";

/** What a host page may ask for: `light`, `dark`, or `auto` (follows the OS). */
export type ThemeMode = "light" | "dark" | "auto";

/** Which rooms the room list shows (micro-lc `props.filters`); every given criterion must match. */
export interface RoomFilters {
  /** Only these room ids. */
  roomIds?: string[];
  /** Only rooms of these types. */
  types?: RoomType[];
}

/** Events Parley tells its host page: by postMessage (`parley:<type>`) from the iframe, as DOM `CustomEvent`s from the widget. */
export type HostEvent =
  | { type: "ready" }
  | { type: "auth-required" }
  | { type: "error"; message: string; code?: string }
  | { type: "unread"; total: number; rooms: Record<string, number> }
  | { type: "message"; roomId: string; messageId: string; seq: number; senderId: string; text: string; createdAt: string }
  | { type: "room-opened"; roomId: string | null };

/** Commands a host page gives: the same names, by postMessage or as element methods and props. */
export type HostCommand =
  | { type: "open-room"; roomId: string }
  | { type: "set-token"; token: string }
  | { type: "set-theme"; theme: ThemeMode }
  | { type: "logout" };

export type EmitHostEvent = (event: HostEvent) => void;

/** Subscribes to commands; returns the unsubscribe function. */
export type CommandSource = (listener: (command: HostCommand) => void) => () => void;

const THEMES: readonly string[] = ["light", "dark", "auto"];
const ROOM_TYPES: readonly string[] = ["direct", "group", "channel"];
const MAX_ID = 200;
const MAX_TOKEN = 16_384;

function text(value: unknown, max: number): string | null {
  return typeof value === "string" && value.length > 0 && value.length <= max ? value : null;
}

export function isThemeMode(value: unknown): value is ThemeMode {
  return typeof value === "string" && THEMES.includes(value);
}

/**
 * A command from untrusted data (a postMessage payload): `{type: "parley:open-room", roomId}`
 * or `{type: "open-room", …}`; anything malformed is null. `parley:token` is the older name of
 * `set-token`.
 */
export function parseCommand(data: unknown): HostCommand | null {
  if (!data || typeof data !== "object") return null;
  const raw = data as Record<string, unknown>;
  if (typeof raw.type !== "string") return null;
  const type = raw.type.replace(/^parley:/, "");
  switch (type) {
    case "open-room": {
      const roomId = text(raw.roomId, MAX_ID);
      return roomId ? { type, roomId } : null;
    }
    case "token":
    case "set-token": {
      const token = text(raw.token, MAX_TOKEN);
      return token ? { type: "set-token", token } : null;
    }
    case "set-theme":
      return isThemeMode(raw.theme) ? { type, theme: raw.theme } : null;
    case "logout":
      return { type };
    default:
      return null;
  }
}

/** Filters from host props, keeping only well-formed criteria. */
export function parseFilters(value: unknown): RoomFilters | undefined {
  if (!value || typeof value !== "object") return undefined;
  const raw = value as Record<string, unknown>;
  const filters: RoomFilters = {};
  if (Array.isArray(raw.roomIds)) filters.roomIds = raw.roomIds.filter((id): id is string => typeof id === "string");
  if (Array.isArray(raw.types)) filters.types = raw.types.filter((t): t is RoomType => typeof t === "string" && ROOM_TYPES.includes(t));
  return filters.roomIds || filters.types ? filters : undefined;
}

export function matchesFilters(room: Room, filters: RoomFilters | undefined): boolean {
  if (!filters) return true;
  if (filters.roomIds && !filters.roomIds.includes(room.id)) return false;
  if (filters.types && !filters.types.includes(room.type)) return false;
  return true;
}

/** The unread counts of the rooms the host sees (after filters). */
export function unreadEvent(rooms: readonly Room[], filters: RoomFilters | undefined): Extract<HostEvent, { type: "unread" }> {
  const counts: Record<string, number> = {};
  let total = 0;
  for (const room of rooms) {
    if (!matchesFilters(room, filters)) continue;
    counts[room.id] = room.unreadCount;
    total += room.unreadCount;
  }
  return { type: "unread", total, rooms: counts };
}
