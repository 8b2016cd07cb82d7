import type { ClientFrame } from "./types";

/** The server takes at most this many rooms in one `sync` frame. */
export const SYNC_ROOMS_PER_FRAME = 1_000;

/**
 * The `sync` frames sent and not yet answered. Each frame is answered by one `sync.done`, in
 * order; the frames sent right after `ready` are the "initial" sync that brings the session online.
 */
export class SyncRequests {
  private readonly pending: { initial: boolean; rooms: string[] }[] = [];
  private readonly repairing = new Set<string>();

  constructor(private readonly sendFrame: (frame: ClientFrame) => boolean) {}

  /** Sends `sync` for these rooms (split into frames the server accepts). */
  request(seqs: Record<string, number>, changes: Record<string, number>, initial: boolean): void {
    const ids = Object.keys(seqs);
    const chunks: string[][] = [];
    for (let i = 0; i < ids.length; i += SYNC_ROOMS_PER_FRAME) chunks.push(ids.slice(i, i + SYNC_ROOMS_PER_FRAME));
    if (chunks.length === 0) chunks.push([]);
    chunks.forEach((chunk, i) => {
      const rooms: Record<string, number> = {};
      const held: Record<string, number> = {};
      for (const id of chunk) {
        rooms[id] = seqs[id]!;
        if (changes[id] !== undefined) held[id] = changes[id]!;
      }
      this.pending.push({ initial: initial && i === chunks.length - 1, rooms: chunk });
      if (!initial) for (const id of chunk) this.repairing.add(id);
      this.sendFrame(Object.keys(held).length > 0 ? { type: "sync", rooms, changes: held } : { type: "sync", rooms });
    });
  }

  /** Whether a repair sync for this room is on its way. */
  repairs(roomId: string): boolean {
    return this.repairing.has(roomId);
  }

  /** A `sync.done` arrived: returns whether it completed the initial sync. */
  done(): boolean {
    const answered = this.pending.shift();
    if (!answered) return false;
    for (const id of answered.rooms) this.repairing.delete(id);
    return answered.initial;
  }

  reset(): void {
    this.pending.length = 0;
    this.repairing.clear();
  }
}
