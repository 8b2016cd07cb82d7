import type { Message, Room } from "./types";

/**
 * The user's rooms with live last message, activity time and unread count, plus, per room, the
 * highest seq held without holes (what `sync` asks from).
 */
export class RoomDirectory {
  private readonly rooms = new Map<string, Room>();
  private readonly contiguous = new Map<string, number>();
  private readonly ahead = new Map<string, Set<number>>();
  /** Per room, the highest change number applied without holes (what `sync` asks changes from). */
  private readonly changes = new Map<string, number>();
  /** Per room, the seqs of others' messages above the read mark deleted since the last full answer. */
  private readonly deletedUnread = new Map<string, Set<number>>();
  /** Per room, the deleted messages above the read mark that the last full answer left out (seqs unknown). */
  private readonly uncounted = new Map<string, number>();
  private sortedCache: Room[] | null = null;

  constructor(private readonly me: () => string) {}

  replaceAll(rooms: Room[]): void {
    this.rooms.clear();
    for (const room of rooms) this.put(room);
    this.sortedCache = null;
  }

  /** Adds or refreshes a room from a full REST answer. */
  put(room: Room): void {
    const held = this.rooms.get(room.id);
    const lastSeq = Math.max(room.lastSeq, held?.lastSeq ?? 0);
    const lastReadSeq = Math.max(room.lastReadSeq, held?.lastReadSeq ?? 0);
    const lastMessage = pickLatest(held?.lastMessage, room.lastMessage);
    // The server's count leaves out the deleted messages above the mark: keep how many it left out.
    this.uncounted.set(room.id, room.role ? Math.max(0, room.lastSeq - room.lastReadSeq - room.unreadCount) : 0);
    this.deletedUnread.delete(room.id);
    this.rooms.set(room.id, this.withUnread({ ...room, lastSeq, lastReadSeq, ...(lastMessage ? { lastMessage } : {}) }));
    if (!this.contiguous.has(room.id) || (this.contiguous.get(room.id) ?? 0) < room.lastSeq) {
      this.contiguous.set(room.id, Math.max(this.contiguous.get(room.id) ?? 0, room.lastSeq));
    }
    if (typeof room.lastChange === "number" && room.lastChange > (this.changes.get(room.id) ?? -1)) {
      this.changes.set(room.id, room.lastChange);
    }
    this.sortedCache = null;
  }

  /** Applies metadata from an event (`room.updated`, …) to a room already listed. */
  patch(roomId: string, fields: Partial<Room>): void {
    const held = this.rooms.get(roomId);
    if (!held) return;
    const { lastSeq: _l, lastReadSeq: _r, unreadCount: _u, lastMessage: _m, mentionCount: _c, muted: _x, role, ...meta } =
      fields;
    this.rooms.set(roomId, this.withUnread({ ...held, ...meta, ...(role ? { role } : {}) }));
    this.sortedCache = null;
  }

  /**
   * A room as `room.created`/`room.updated` carry it (without the per-user fields): its optional
   * descriptive fields that are absent were removed (an avatar, a topic).
   */
  replaceMeta(roomId: string, room: Partial<Room>): void {
    const held = this.rooms.get(roomId);
    if (!held) return;
    const { avatarUrl: _a, topic: _t, ...kept } = held;
    this.rooms.set(roomId, kept as Room);
    this.patch(roomId, room);
  }

  /** A user's card changed: direct rooms with them show the new name and avatar. */
  applyPeer(user: { id: string; name: string; avatarUrl?: string }): void {
    for (const [id, room] of this.rooms) {
      if (room.peer?.id === user.id) this.rooms.set(id, { ...room, peer: user });
    }
    this.sortedCache = null;
  }

  remove(roomId: string): void {
    this.rooms.delete(roomId);
    this.contiguous.delete(roomId);
    this.ahead.delete(roomId);
    this.changes.delete(roomId);
    this.deletedUnread.delete(roomId);
    this.uncounted.delete(roomId);
    this.sortedCache = null;
  }

  get(roomId: string): Room | undefined {
    return this.rooms.get(roomId);
  }

  has(roomId: string): boolean {
    return this.rooms.has(roomId);
  }

  ids(): string[] {
    return [...this.rooms.keys()];
  }

  /** Rooms, most recent activity first. The same array until something changes. */
  sorted(): Room[] {
    if (!this.sortedCache) {
      this.sortedCache = [...this.rooms.values()].sort(
        (a, b) => Date.parse(b.lastActivityAt) - Date.parse(a.lastActivityAt) || b.id.localeCompare(a.id),
      );
    }
    return this.sortedCache;
  }

  /** The seq to give `sync` for this room: everything up to it is accounted for. */
  syncSeq(roomId: string): number {
    return this.contiguous.get(roomId) ?? 0;
  }

  /** The change number to give `sync` for this room, when known (rooms from REST and events carry it). */
  syncChange(roomId: string): number | undefined {
    return this.changes.get(roomId);
  }

  /**
   * A change was applied: the next one moves the position; one further ahead leaves it (the
   * caller asks `sync` for what is between, which brings it in order).
   */
  applyChange(roomId: string, change: number): void {
    const held = this.changes.get(roomId);
    if (held === undefined || change === held + 1) this.changes.set(roomId, change);
  }

  /** Whether a `message.new` with this seq was already counted. */
  seen(roomId: string, seq: number): boolean {
    return seq <= this.syncSeq(roomId) || (this.ahead.get(roomId)?.has(seq) ?? false);
  }

  /**
   * Counts a new message: moves lastSeq, last message, activity, and the caller's own read mark
   * when the caller wrote it (own messages are never unread). A message replayed already deleted
   * (a tombstone) is neither unread nor the last message.
   */
  applyNewMessage(message: Message): void {
    this.markSeen(message.roomId, message.seq);
    const held = this.rooms.get(message.roomId);
    if (!held) return;
    const own = message.userId === this.me();
    if (message.deletedAt && !own && held.role && message.seq > held.lastReadSeq) {
      this.deletedSeqs(message.roomId).add(message.seq);
    }
    const newest = message.seq >= held.lastSeq && !message.deletedAt;
    const mentioned = !own && held.role && message.seq > held.lastReadSeq && mentionsUser(message, this.me());
    const room: Room = {
      ...held,
      ...(mentioned ? { mentionCount: (held.mentionCount ?? 0) + 1 } : {}),
      lastSeq: Math.max(held.lastSeq, message.seq),
      lastReadSeq: own && held.role ? Math.max(held.lastReadSeq, message.seq) : held.lastReadSeq,
      ...(newest ? { lastMessage: message, lastActivityAt: laterOf(held.lastActivityAt, message.createdAt) } : {}),
    };
    this.rooms.set(message.roomId, this.withUnread(room));
    this.sortedCache = null;
  }

  /** An edit or delete: refresh the preview when it is the last message. */
  applyChangedMessage(message: Message): void {
    const held = this.rooms.get(message.roomId);
    if (!held || held.lastMessage?.id !== message.id) return;
    this.rooms.set(message.roomId, { ...held, lastMessage: message });
    this.sortedCache = null;
  }

  /**
   * A message was deleted (`before`: the message as held until then, for its mentions). Above the
   * read mark and not the caller's, it is no longer unread, nor a mention. When it was the last
   * message, `fallback` (the newest earlier message that still exists, when the caller holds it)
   * takes its place; without one the last message is dropped: returns true, and the caller loads
   * the room again for the server's.
   */
  applyDeletedMessage(message: Message, before?: Message, fallback?: Message): boolean {
    const held = this.rooms.get(message.roomId);
    if (!held) return false;
    let room: Room = held;
    const unread = held.role && message.userId !== this.me() && message.seq > held.lastReadSeq;
    if (unread && message.seq <= held.lastSeq) {
      this.deletedSeqs(message.roomId).add(message.seq);
      if (before && mentionsUser(before, this.me()) && (held.mentionCount ?? 0) > 0) {
        room = { ...room, mentionCount: (held.mentionCount ?? 0) - 1 };
      }
    }
    let lost = false;
    if (held.lastMessage?.id === message.id) {
      const { lastMessage: _gone, ...rest } = room;
      room = fallback ? { ...rest, lastMessage: fallback } : rest;
      lost = !fallback;
    }
    this.rooms.set(message.roomId, this.withUnread(room));
    this.sortedCache = null;
    return lost;
  }

  /** A read mark moved; only the caller's own mark changes the unread count. */
  applyRead(roomId: string, userId: string, seq: number): void {
    if (userId !== this.me()) return;
    const held = this.rooms.get(roomId);
    if (!held || seq <= held.lastReadSeq) return;
    const deleted = this.deletedUnread.get(roomId);
    for (const s of [...(deleted ?? [])]) if (s <= seq) deleted?.delete(s);
    // Which of the uncounted deletions the mark passed is not known: none are left once all is read.
    if (seq >= held.lastSeq) this.uncounted.set(roomId, 0);
    this.rooms.set(roomId, this.withUnread({ ...held, lastReadSeq: seq }));
    this.sortedCache = null;
  }

  /** After a gap too large to replay: everything up to `toSeq` is accounted for. */
  skipTo(roomId: string, toSeq: number): void {
    if (toSeq > this.syncSeq(roomId)) this.contiguous.set(roomId, toSeq);
    this.advance(roomId);
  }

  totalUnread(): number {
    let total = 0;
    for (const room of this.rooms.values()) total += room.unreadCount;
    return total;
  }

  private deletedSeqs(roomId: string): Set<number> {
    let set = this.deletedUnread.get(roomId);
    if (!set) this.deletedUnread.set(roomId, (set = new Set()));
    return set;
  }

  /**
   * The unread count follows the read mark, less the deleted messages above it; the mention
   * count is the server's, plus mentions that arrive live, less deleted ones, and drops to 0 once
   * everything is read (the next room list load has the exact counts after a partial read).
   */
  private withUnread(room: Room): Room {
    let deleted = 0;
    for (const seq of this.deletedUnread.get(room.id) ?? []) if (seq > room.lastReadSeq) deleted += 1;
    const above = room.lastSeq - room.lastReadSeq;
    const unreadCount = room.role ? Math.max(0, above - deleted - Math.min(this.uncounted.get(room.id) ?? 0, above)) : 0;
    const mentionCount = unreadCount === 0 ? 0 : room.mentionCount;
    if (room.unreadCount === unreadCount && room.mentionCount === mentionCount) return room;
    return { ...room, unreadCount, ...(mentionCount !== undefined ? { mentionCount } : {}) };
  }

  private markSeen(roomId: string, seq: number): void {
    const known = this.syncSeq(roomId);
    if (seq <= known) return;
    if (seq === known + 1) {
      this.contiguous.set(roomId, seq);
      this.advance(roomId);
    } else {
      let set = this.ahead.get(roomId);
      if (!set) this.ahead.set(roomId, (set = new Set()));
      set.add(seq);
    }
  }

  private advance(roomId: string): void {
    const set = this.ahead.get(roomId);
    if (!set) return;
    let known = this.syncSeq(roomId);
    for (const seq of [...set]) if (seq <= known) set.delete(seq);
    while (set.has(known + 1)) {
      set.delete(known + 1);
      known += 1;
    }
    this.contiguous.set(roomId, known);
  }
}

/** Whether the message mentions `userId`, by name or with `@all`. */
export function mentionsUser(message: Message, userId: string): boolean {
  return message.mentionsAll === true || (message.mentions?.includes(userId) ?? false);
}

function pickLatest(a: Message | undefined, b: Message | undefined): Message | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.seq >= a.seq ? b : a;
}

function laterOf(a: string, b: string): string {
  return Date.parse(b) > Date.parse(a) ? b : a;
}
