import type { Outbox, PendingMessage } from "./outbox";
import type { ClientFrame, SendFrame } from "./types";

/**
 * Puts pending messages on the wire as `message.send` frames and matches the server's `ack` or
 * `error` to them by `ref`. A message keeps its clientId for every attempt.
 */
export class Sender {
  private readonly inFlight = new Map<string, string>();
  private refCount = 0;

  constructor(
    private readonly outbox: Outbox,
    private readonly sendFrame: (frame: ClientFrame) => boolean,
  ) {}

  /** Sends one pending message now (a no-op while the socket cannot take it). */
  transmit(pending: PendingMessage): void {
    for (const [ref, clientId] of this.inFlight) if (clientId === pending.clientId) this.inFlight.delete(ref);
    const ref = `m${++this.refCount}`;
    const frame: SendFrame = {
      type: "message.send",
      ref,
      roomId: pending.roomId,
      text: pending.text,
      clientId: pending.clientId,
      ...(pending.parentId ? { parentId: pending.parentId } : {}),
      ...(pending.attachments ? { attachments: pending.attachments.map((file) => ({ fileId: file.id })) } : {}),
    };
    if (this.sendFrame(frame)) this.inFlight.set(ref, pending.clientId);
  }

  /** Sends everything still waiting, oldest first (after a resync). */
  flush(): void {
    for (const pending of this.outbox.sending()) this.transmit(pending);
  }

  /** An `ack`: the message is stored; returns its clientId when it was one of ours. */
  acked(ref: string): string | undefined {
    const clientId = this.inFlight.get(ref);
    if (clientId === undefined) return undefined;
    this.inFlight.delete(ref);
    this.outbox.resolve(clientId);
    return clientId;
  }

  /** An `error` for a send: the message is marked failed (retry keeps its clientId). */
  refused(ref: string | undefined, code: string, retryAfterSeconds?: number): PendingMessage | undefined {
    if (ref === undefined) return undefined;
    const clientId = this.inFlight.get(ref);
    if (clientId === undefined) return undefined;
    this.inFlight.delete(ref);
    this.outbox.setStatus(clientId, "failed", code, retryAfterSeconds);
    return this.outbox.get(clientId);
  }

  /** The socket is gone: no answer will come for what was in flight; it stays pending. */
  dropped(): void {
    this.inFlight.clear();
  }
}
