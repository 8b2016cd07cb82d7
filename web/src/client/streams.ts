import type { Message, MessageDeltaEvent } from "./types";

/** What applying a `message.delta` did. */
export interface Grown {
  /** The message with the text it grew by, or undefined when nothing changed. */
  message?: Message;
  /** Whether a piece waits for text this client missed (a reconnect): reload the message. */
  gap: boolean;
}

const MAX_WAITING = 64;

/**
 * Grows streaming messages by their `message.delta`s. Each piece goes at its `offset`: text the
 * client holds already is skipped, and a piece beyond the end waits until the missing text
 * arrives (another piece, or the message reloaded from history).
 */
export class StreamText {
  private readonly waiting = new Map<string, MessageDeltaEvent[]>();

  apply(message: Message, delta: MessageDeltaEvent): Grown {
    if (message.streaming !== true || message.id !== delta.messageId) return { gap: false };
    const pieces = [...(this.waiting.get(message.id) ?? []), delta].sort((a, b) => a.offset - b.offset);
    let text = message.text;
    const left: MessageDeltaEvent[] = [];
    for (const piece of pieces) {
      if (piece.offset > text.length) left.push(piece);
      else if (piece.offset + piece.append.length > text.length) text = text.slice(0, piece.offset) + piece.append;
    }
    if (left.length > 0) this.waiting.set(message.id, left.slice(-MAX_WAITING));
    else this.waiting.delete(message.id);
    return { message: text === message.text ? undefined : { ...message, text }, gap: left.length > 0 };
  }

  /** The stream ended (or the message is gone): nothing more waits for it. */
  forget(messageId: string): void {
    this.waiting.delete(messageId);
  }
}
