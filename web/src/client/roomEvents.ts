import type { History } from "./history";
import type { MemberDirectory } from "./members";
import type { Outbox } from "./outbox";
import type { ReadMarks } from "./readMarks";
import type { RoomDirectory } from "./rooms";
import type { StreamText } from "./streams";
import type { TypingTracker } from "./typing";
import type { MemberChangedEvent, Message, MessageDeltaEvent, Room, RoomEvent } from "./types";

/** The client events that carry a message. */
export type MessageEventType = "message.new" | "message.updated" | "message.deleted";

export interface RoomEventsDeps {
  rooms: RoomDirectory;
  history: History;
  members: MemberDirectory;
  outbox: Outbox;
  typing: TypingTracker;
  readMarks: ReadMarks;
  streams: StreamText;
  /** Loads one message again (its streamed text so far), after a delta showed a gap. */
  reloadMessage(roomId: string, seq: number): void;
  /** The signed-in user's id (known once `ready` arrived). */
  me(): string;
  emitMessage(type: MessageEventType, message: Message): void;
  refreshRoom(roomId: string): Promise<void>;
  forgetRoom(roomId: string): void;
  changed(): void;
}

/**
 * Applies room events, live or replayed, and the messages the REST calls return to the client's
 * state: rooms, timelines, members, the outbox, typing and read marks.
 */
export class RoomEvents {
  constructor(private readonly deps: RoomEventsDeps) {}

  /** Updates the state for one event (the caller emits it and notifies the change). */
  apply(event: RoomEvent): void {
    const { rooms, history, members } = this.deps;
    const me = this.deps.me();
    switch (event.type) {
      case "message.new":
        this.applyNew(event.message);
        break;
      case "message.updated":
      case "message.deleted":
        this.applyMessage(event.message, event.type);
        break;
      case "message.delta":
        this.applyDelta(event);
        break;
      case "message.stop_requested":
        break;
      case "reaction.added":
      case "reaction.removed":
        history.get(event.roomId)?.update(event.messageId, (m) => ({ ...m, reactions: event.reactions }));
        break;
      case "room.created":
      case "room.updated":
        if (rooms.has(event.room.id)) rooms.replaceMeta(event.room.id, event.room);
        else void this.deps.refreshRoom(event.room.id).catch(() => undefined);
        break;
      case "room.deleted":
        this.deps.forgetRoom(event.roomId);
        break;
      case "member.added":
        if (event.member.userId === me) this.joined(event);
        members.applyAdded(event.roomId, event.member);
        this.countMembers(event.roomId, event.member.userId === me ? 0 : 1);
        break;
      case "member.updated":
        if (event.member.userId === me && event.member.hidden) {
          // Left this direct room (maybe in another tab): out of the list until its next message.
          this.deps.forgetRoom(event.roomId);
          break;
        }
        members.applyAdded(event.roomId, event.member);
        if (event.member.userId === me) {
          rooms.patch(event.roomId, { role: event.member.role });
          // A new room role brings other capabilities: only the server knows them.
          void this.deps.refreshRoom(event.roomId).catch(() => undefined);
        }
        break;
      case "member.removed":
        if (event.userId === me) this.deps.forgetRoom(event.roomId);
        else {
          members.applyRemoved(event.roomId, event.userId);
          this.countMembers(event.roomId, -1);
        }
        break;
      case "room.frozen":
        rooms.patch(event.roomId, { frozen: event.frozen ? true : undefined });
        // Whether the user still posts is the server's to say (holders of freeze-room do).
        if (!rooms.get(event.roomId)?.ownCapabilities?.includes("freeze-room")) this.refresh(event.roomId);
        break;
      case "member.muted":
      case "member.unmuted":
        if (event.userId === me) this.refresh(event.roomId);
        break;
      case "member.banned":
      case "member.unbanned":
        break;
      case "read":
        this.deps.readMarks.record(event.roomId, event.userId, event.seq);
        rooms.applyRead(event.roomId, event.userId, event.seq);
        break;
      case "typing":
        if (event.userId !== me) this.deps.typing.typing(event.roomId, event.userId, event.expiresInMs);
        break;
    }
  }

  /** Asks the server for the room as the user sees it now (their capabilities in it changed). */
  private refresh(roomId: string): void {
    void this.deps.refreshRoom(roomId).catch(() => undefined);
  }

  /** Moves the room's change position after an event that carries one (applied after the event itself). */
  position(event: RoomEvent): void {
    if ("change" in event && typeof event.change === "number") this.deps.rooms.applyChange(event.roomId, event.change);
  }

  /** A `message.new`, live or replayed: applied once per room and seq. */
  applyNew(message: Message): void {
    const { rooms, history } = this.deps;
    const timeline = history.get(message.roomId);
    const duplicate = rooms.seen(message.roomId, message.seq) || (timeline?.has(message.seq) ?? false);
    if (message.userId === this.deps.me() && message.clientId) this.deps.outbox.resolve(message.clientId);
    this.deps.typing.stopped(message.roomId, message.userId);
    if (timeline?.loaded && !timeline.has(message.seq)) timeline.add(message);
    if (duplicate) return;
    if (!rooms.has(message.roomId)) {
      // A direct room left earlier shows again with its next message.
      void this.deps.refreshRoom(message.roomId).catch(() => undefined);
    }
    rooms.applyNewMessage(message);
    this.deps.emitMessage("message.new", message);
  }

  /** An edited or deleted message (from an event or from the REST call that changed it). */
  applyMessage(message: Message, type: "message.updated" | "message.deleted"): void {
    if (message.streaming !== true) this.deps.streams.forget(message.id);
    const timeline = this.deps.history.get(message.roomId);
    const before = timeline?.get(message.seq);
    const changed = timeline ? timeline.put(message) : true;
    if (type === "message.deleted") this.applyDeleted(message, before);
    else this.deps.rooms.applyChangedMessage(message);
    if (changed) this.deps.emitMessage(type, message);
    this.deps.changed();
  }

  /** Counts and the last message after a delete; the room is loaded again when its new last message is not held. */
  private applyDeleted(message: Message, before: Message | undefined): void {
    const held = this.deps.history.get(message.roomId);
    const fallback = held
      ?.messages()
      .filter((m) => m.seq < message.seq && !m.deletedAt)
      .at(-1);
    if (before?.deletedAt) return; // already counted as deleted
    if (this.deps.rooms.applyDeletedMessage(message, before, fallback)) {
      void this.deps.refreshRoom(message.roomId).catch(() => undefined);
    }
  }

  /** Text a bot appended to its streaming reply: grows the held message (when it is loaded). */
  private applyDelta(event: MessageDeltaEvent): void {
    const timeline = this.deps.history.get(event.roomId);
    const held = timeline?.get(event.seq);
    if (!timeline || !held) return;
    this.deps.typing.stopped(event.roomId, held.userId);
    const grown = this.deps.streams.apply(held, event);
    if (grown.message) {
      timeline.put(grown.message);
      this.deps.rooms.applyChangedMessage(grown.message);
    }
    if (grown.gap) this.deps.reloadMessage(event.roomId, event.seq);
  }

  private joined(event: MemberChangedEvent): void {
    const { rooms } = this.deps;
    if (rooms.has(event.roomId)) return;
    const room = event.room;
    if (room && typeof room.type === "string" && typeof room.lastActivityAt === "string") {
      rooms.put({
        ...(room as Room),
        lastSeq: room.lastSeq ?? event.lastSeq,
        lastReadSeq: event.member.lastReadSeq,
        // Counted from the mark; the room fetched below brings the server's count.
        unreadCount: Math.max(0, (room.lastSeq ?? event.lastSeq) - event.member.lastReadSeq),
        role: event.member.role,
      });
      // The replay after a join starts at seq 0; what came before the join is read already.
      rooms.skipTo(event.roomId, event.member.lastReadSeq);
      // The event's room has no ownCapabilities (they are per user): fetch them.
      void this.deps.refreshRoom(event.roomId).catch(() => undefined);
    } else {
      void this.deps.refreshRoom(event.roomId).catch(() => undefined);
    }
  }

  /** The member count after a join or leave: exact when the members are loaded, else moved by `delta`. */
  private countMembers(roomId: string, delta: number): void {
    const room = this.deps.rooms.get(roomId);
    if (!room) return;
    const loaded = this.deps.members.list(roomId);
    const memberCount = loaded ? loaded.length : Math.max(0, room.memberCount + delta);
    if (memberCount !== room.memberCount) this.deps.rooms.patch(roomId, { memberCount });
  }
}
