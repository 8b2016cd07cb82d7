import { newClientId } from "./ids";
import type { FileObject } from "./types";

/** A message typed by this user that the server has not acknowledged yet. */
export interface PendingMessage {
  readonly clientId: string;
  readonly roomId: string;
  readonly text: string;
  readonly parentId?: string;
  /** Uploads this message attaches (sent as `attachments: [{fileId}]`). */
  readonly attachments?: readonly FileObject[];
  /** `sending`: will go (again) as soon as the connection allows; `failed`: the server refused it. */
  readonly status: "sending" | "failed";
  /** The problem code of the refusal, when failed. */
  readonly error?: string;
  /** When the refusal ends by itself (slow mode, a rate limit): seconds until a send can succeed. */
  readonly retryAfterSeconds?: number;
  readonly createdAt: string;
}

/** A message just typed, with a fresh clientId, waiting to be sent. */
export function newPendingMessage(
  roomId: string,
  text: string,
  parentId?: string,
  attachments?: readonly FileObject[],
): PendingMessage {
  return {
    clientId: newClientId(),
    roomId,
    text,
    ...(parentId ? { parentId } : {}),
    ...(attachments && attachments.length > 0 ? { attachments } : {}),
    status: "sending",
    createdAt: new Date().toISOString(),
  };
}

/**
 * Sends not yet acknowledged, in the order they were typed. Each keeps its clientId for ever, so a
 * re-send after a dropped connection is recognised by the server and stored once.
 */
export class Outbox {
  private readonly items = new Map<string, PendingMessage>();
  private readonly byRoomCache = new Map<string, readonly PendingMessage[]>();
  private readonly listeners = new Set<() => void>();

  add(message: PendingMessage): void {
    this.items.set(message.clientId, message);
    this.changed(message.roomId);
  }

  get(clientId: string): PendingMessage | undefined {
    return this.items.get(clientId);
  }

  /** Removes a pending message (acknowledged, or discarded by the user). */
  resolve(clientId: string): PendingMessage | undefined {
    const held = this.items.get(clientId);
    if (!held) return undefined;
    this.items.delete(clientId);
    this.changed(held.roomId);
    return held;
  }

  setStatus(clientId: string, status: PendingMessage["status"], error?: string, retryAfterSeconds?: number): void {
    const held = this.items.get(clientId);
    if (!held) return;
    const { error: _old, retryAfterSeconds: _oldWait, ...rest } = held;
    this.items.set(clientId, {
      ...rest,
      status,
      ...(error ? { error } : {}),
      ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
    });
    this.changed(held.roomId);
  }

  /** Everything waiting to go, oldest first. */
  sending(): PendingMessage[] {
    return [...this.items.values()].filter((m) => m.status === "sending");
  }

  /** The pending messages of one room, oldest first. The same array until it changes. */
  forRoom(roomId: string): readonly PendingMessage[] {
    let list = this.byRoomCache.get(roomId);
    if (!list) {
      list = [...this.items.values()].filter((m) => m.roomId === roomId);
      this.byRoomCache.set(roomId, list);
    }
    return list;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(roomId: string): void {
    this.byRoomCache.delete(roomId);
    for (const l of this.listeners) l();
  }
}
