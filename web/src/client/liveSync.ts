import type { CallControl } from "./calls";
import type { ClientEvents } from "./client";
import type { Emitter } from "./emitter";
import type { History } from "./history";
import type { InvitationBox } from "./invitations";
import type { Presence } from "./presence";
import type { RestApi } from "./rest";
import type { RoomEvents } from "./roomEvents";
import type { RoomDirectory } from "./rooms";
import type { Sender } from "./sender";
import type { SyncRequests } from "./syncRequests";
import type { TypingTracker } from "./typing";
import type { RoomEvent, ServerFrame } from "./types";

/** What the live connection's frames act on: the client's state holders and a few of its actions. */
export interface LiveSyncDeps {
  rooms: RoomDirectory;
  history: History;
  roomEvents: RoomEvents;
  sender: Sender;
  syncs: SyncRequests;
  presence: Presence;
  typing: TypingTracker;
  calls: CallControl;
  invitations: InvitationBox;
  rest: RestApi;
  emitter: Emitter<ClientEvents>;
  isOnline: () => boolean;
  markOnline: () => void;
  applyUser: (user: { id: string; name: string; avatarUrl?: string }) => void;
  reloadRooms: () => Promise<void>;
  forgetRoom: (roomId: string) => void;
  changed: () => void;
}

/**
 * The live side of the client: each frame of the connection applied to the client's state in
 * arrival order, the `sync` asked after every (re)connect and after a gap, and what a reconnect
 * reads again (invitations) because no room replays it.
 */
export class LiveSync {
  private readonly reloading = new Set<string>();
  /** Whether a connection was up before: the next sync.done is a reconnect. */
  private connectedOnce = false;

  constructor(private readonly deps: LiveSyncDeps) {}

  /** A connection is up: ask for everything missed in every room held. */
  ready(): void {
    this.sendSync(this.deps.rooms.ids(), true);
  }

  /** The connection dropped: what was in flight or live is void until the next sync. */
  dropped(): void {
    this.deps.sender.dropped();
    this.deps.syncs.reset();
    this.deps.presence.clear();
    this.deps.typing.clear();
  }

  private sendSync(roomIds: string[], initial: boolean): void {
    const seqs: Record<string, number> = {};
    const changes: Record<string, number> = {};
    for (const id of roomIds) {
      seqs[id] = this.deps.rooms.syncSeq(id);
      const change = this.deps.rooms.syncChange(id);
      if (change !== undefined) changes[id] = change;
    }
    this.deps.syncs.request(seqs, changes, initial);
  }

  /** Every frame after `ready`, in arrival order. */
  receive(frame: ServerFrame): void {
    switch (frame.type) {
      case "presence.snapshot":
        this.deps.presence.snapshot(frame.online);
        this.deps.changed();
        return;
      case "ack":
        if (this.deps.sender.acked(frame.ref) !== undefined && frame.message) this.deps.roomEvents.applyNew(frame.message);
        return;
      case "error": {
        const failed = this.deps.sender.refused(frame.ref, frame.code, frame.retryAfterSeconds);
        if (failed) this.deps.emitter.emit("send-failed", failed);
        return;
      }
      case "sync.done":
        return this.syncDone();
      case "sync.gap":
        void this.deps.history.repairGap(frame.roomId, frame.fromSeq, frame.toSeq);
        return;
      case "sync.error":
        this.deps.forgetRoom(frame.roomId);
        this.deps.changed();
        return;
      case "presence":
        this.deps.presence.apply(frame);
        this.deps.emitter.emit("event", frame);
        this.deps.changed();
        return;
      case "appearance.changed":
        // A new theme or features: the app asks /chat/config again.
        this.deps.emitter.emit("event", frame);
        return;
      case "permissions.changed":
      case "role.changed":
        // New grants or a new app role: every room's ownCapabilities may have changed.
        void this.deps.reloadRooms().catch(() => undefined);
        this.deps.emitter.emit("event", frame);
        return;
      case "call.updated":
        this.deps.calls.apply(frame.call);
        // A numbered room change: moves the room's position (or finds a gap) like the others.
        this.roomEvent(frame);
        return;
      case "call.signal":
        this.deps.calls.received(frame);
        return;
      case "user.updated":
        this.deps.applyUser(frame.user);
        this.deps.emitter.emit("event", frame);
        return;
      case "invitation.changed":
        this.deps.invitations.apply(frame.invitation);
        this.deps.emitter.emit("event", frame);
        return;
      case "ready":
      case "pong":
        return;
      default:
        this.roomEvent(frame);
    }
  }

  private syncDone(): void {
    if (!this.deps.syncs.done()) return;
    this.deps.markOnline();
    // Every change made while away was replayed (sync's `changes`): nothing to reload.
    this.deps.sender.flush();
    // Invitations are in no room's change log: each connection reads them once it is up (one sent
    // before — before the first one too — reached no frame).
    void this.deps.invitations.load().catch(() => undefined);
    // Calls that rang before this client started are in no replay: read them once.
    if (!this.connectedOnce) void this.deps.calls.load().catch(() => undefined);
    this.connectedOnce = true;
  }

  private roomEvent(event: RoomEvent): void {
    this.deps.roomEvents.apply(event);
    this.deps.roomEvents.position(event);
    this.deps.emitter.emit("event", event);
    this.checkGap(event);
    this.deps.changed();
  }

  /** Reloads one message (a streamed reply whose deltas this client partly missed); one load at a time. */
  reloadMessage(roomId: string, seq: number): void {
    const key = `${roomId} ${seq}`;
    if (this.reloading.has(key)) return;
    this.reloading.add(key);
    void this.deps.rest
      .history(roomId, { after: seq - 1, limit: 1 })
      .then((page) => {
        const message = page.items.find((m) => m.seq === seq);
        if (message) this.deps.roomEvents.applyMessage(message, "message.updated");
      })
      .catch(() => undefined)
      .finally(() => this.reloading.delete(key));
  }

  /** An event says the room is further than what we hold: ask for what is missing. */
  private checkGap(event: RoomEvent): void {
    const roomId = event.roomId;
    if (!this.deps.rooms.has(roomId) || !this.deps.isOnline()) return;
    const change = "change" in event && typeof event.change === "number" ? event.change : undefined;
    const heldChange = this.deps.rooms.syncChange(roomId);
    const missedChange = change !== undefined && heldChange !== undefined && change > heldChange;
    const missedMessage = typeof event.lastSeq === "number" && event.lastSeq > this.deps.rooms.syncSeq(roomId);
    if (!missedChange && !missedMessage) return;
    if (this.deps.syncs.repairs(roomId)) return;
    this.sendSync([roomId], false);
  }
}
