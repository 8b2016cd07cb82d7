/** Who is typing where, each entry expiring after the `expiresInMs` the server gave. */
export class TypingTracker {
  private readonly rooms = new Map<string, Map<string, ReturnType<typeof setTimeout>>>();
  private readonly cache = new Map<string, readonly string[]>();

  constructor(private readonly onChange: (roomId: string) => void) {}

  typing(roomId: string, userId: string, expiresInMs: number): void {
    let users = this.rooms.get(roomId);
    if (!users) this.rooms.set(roomId, (users = new Map()));
    const held = users.get(userId);
    if (held !== undefined) clearTimeout(held);
    users.set(
      userId,
      setTimeout(() => this.stopped(roomId, userId), expiresInMs),
    );
    if (held === undefined) this.changed(roomId);
  }

  /** The user stopped (their message arrived, or the indicator expired). */
  stopped(roomId: string, userId: string): void {
    const users = this.rooms.get(roomId);
    const held = users?.get(userId);
    if (!users || held === undefined) return;
    clearTimeout(held);
    users.delete(userId);
    this.changed(roomId);
  }

  /** The users typing in a room, in the order they started. The same array until it changes. */
  usersIn(roomId: string): readonly string[] {
    let list = this.cache.get(roomId);
    if (!list) {
      list = [...(this.rooms.get(roomId)?.keys() ?? [])];
      this.cache.set(roomId, list);
    }
    return list;
  }

  clear(): void {
    for (const users of this.rooms.values()) for (const t of users.values()) clearTimeout(t);
    const rooms = [...this.rooms.keys()];
    this.rooms.clear();
    for (const roomId of rooms) this.changed(roomId);
  }

  private changed(roomId: string): void {
    this.cache.delete(roomId);
    this.onChange(roomId);
  }
}
