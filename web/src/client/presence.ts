import type { PresenceEvent } from "./types";

/** Who is online, from the `presence.snapshot` after connecting and the `presence` events after it. */
export class Presence {
  private readonly online = new Set<string>();
  /** Grows on every change, so memoised views can tell that someone's presence changed. */
  version = 0;

  /** Replaces everything with the server's snapshot. */
  snapshot(online: readonly string[]): void {
    this.online.clear();
    for (const id of online) this.online.add(id);
    this.version++;
  }

  apply(event: PresenceEvent): void {
    if (event.status === "online") this.online.add(event.userId);
    else this.online.delete(event.userId);
    this.version++;
  }

  /** The connection dropped: nobody is known to be online until the next snapshot. */
  clear(): void {
    this.online.clear();
    this.version++;
  }

  isOnline(userId: string): boolean {
    return this.online.has(userId);
  }
}
