import type { RestApi } from "./rest";
import type { RoomDirectory } from "./rooms";
import { Timeline } from "./timeline";
import type { Message } from "./types";

/** Above this many missed messages in a loaded room, reload the latest page instead of paging. */
const GAP_PAGE_LIMIT = 2_000;
const GAP_PAGE_SIZE = 200;

export interface HistoryDeps {
  rest: RestApi;
  rooms: RoomDirectory;
  pageSize: number;
  /** Applies a message that may be new (counted once per room and seq). */
  applyNew(message: Message): void;
  refreshRoom(roomId: string): Promise<void>;
  changed(): void;
}

/** The loaded history of every room: latest page, paging back, and repairs over REST. */
export class History {
  private readonly timelines = new Map<string, Timeline>();

  constructor(private readonly deps: HistoryDeps) {}

  /** The room's timeline, created empty on first use. */
  timeline(roomId: string): Timeline {
    let timeline = this.timelines.get(roomId);
    if (!timeline) this.timelines.set(roomId, (timeline = new Timeline(roomId)));
    return timeline;
  }

  get(roomId: string): Timeline | undefined {
    return this.timelines.get(roomId);
  }

  forget(roomId: string): void {
    this.timelines.delete(roomId);
  }

  /** Loads the latest page of a room (later calls refresh it). */
  async loadLatest(roomId: string): Promise<void> {
    const page = await this.deps.rest.history(roomId, { limit: this.deps.pageSize });
    const timeline = this.timeline(roomId);
    if (!timeline.loaded) timeline.hasMoreBefore = page.hasMore;
    timeline.loaded = true;
    for (const m of page.items) this.absorb(timeline, m);
    timeline.touch();
    this.deps.changed();
  }

  /** Loads the page just before the oldest loaded message. Resolves false when there is none. */
  async loadOlder(roomId: string): Promise<boolean> {
    const timeline = this.timeline(roomId);
    const first = timeline.firstSeq;
    if (!timeline.hasMoreBefore || timeline.loadingOlder || first === undefined) return false;
    timeline.loadingOlder = true;
    timeline.touch();
    this.deps.changed();
    try {
      const page = await this.deps.rest.history(roomId, { before: first, limit: this.deps.pageSize });
      for (const m of page.items) timeline.add(m);
      timeline.hasMoreBefore = page.hasMore;
      return page.items.length > 0;
    } finally {
      timeline.loadingOlder = false;
      timeline.touch();
      this.deps.changed();
    }
  }

  /** Over the replay limit (`sync.gap`): page the missing range over REST, or reload the latest page. */
  async repairGap(roomId: string, fromSeq: number, toSeq: number): Promise<void> {
    const { rest, rooms } = this.deps;
    const timeline = this.timelines.get(roomId);
    try {
      if (timeline?.loaded && toSeq - fromSeq < GAP_PAGE_LIMIT) {
        let after = fromSeq - 1;
        while (after < toSeq) {
          const page = await rest.history(roomId, { after, limit: GAP_PAGE_SIZE });
          for (const m of page.items) if (m.seq <= toSeq) this.deps.applyNew(m);
          const last = page.items[page.items.length - 1];
          if (!page.hasMore || !last) break;
          after = last.seq;
        }
      } else {
        timeline?.clear();
        rooms.skipTo(roomId, toSeq);
        await this.deps.refreshRoom(roomId);
        if (timeline) await this.loadLatest(roomId);
      }
      rooms.skipTo(roomId, toSeq);
    } catch {
      // left for the next reconnect's sync
    }
    this.deps.changed();
  }

  /** A message from REST history: stored, and counted if it is newer than anything seen. */
  private absorb(timeline: Timeline, message: Message): void {
    const { rooms } = this.deps;
    if (!rooms.seen(message.roomId, message.seq) && message.seq > (rooms.get(message.roomId)?.lastSeq ?? 0)) {
      this.deps.applyNew(message);
      return;
    }
    timeline.put(message);
  }
}
