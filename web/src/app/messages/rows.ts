import type { Message, PendingMessage } from "../../client";
import { sameDay } from "../i18n/format";

/** One line of the message list. */
export type Row =
  | { kind: "start"; key: string }
  | { kind: "day"; key: string; iso: string }
  | { kind: "unread"; key: string }
  | { kind: "message"; key: string; message: Message; startsGroup: boolean }
  | { kind: "pending"; key: string; pending: PendingMessage; startsGroup: boolean };

/** Messages of one author within this many ms of each other form one group. */
const GROUP_GAP_MS = 5 * 60_000;

/**
 * Day separators, author groups, the "new messages" divider before the first unread message of
 * someone else (seq above `readUpTo`), then the pending messages.
 */
export function buildRows(
  messages: readonly Message[],
  pending: readonly PendingMessage[],
  readUpTo: number | null,
  me: string,
  hasMoreBefore: boolean,
): Row[] {
  const rows: Row[] = [{ kind: "start", key: hasMoreBefore ? "start-more" : "start" }];
  let prev: { userId: string; at: Date } | null = null;
  let dividerPlaced = readUpTo === null;
  for (const message of messages) {
    const at = new Date(message.createdAt);
    let startsGroup = true;
    if (!prev || !sameDay(prev.at, at)) {
      rows.push({ kind: "day", key: `day-${message.createdAt.slice(0, 10)}-${message.seq}`, iso: message.createdAt });
    } else if (prev.userId === message.userId && at.getTime() - prev.at.getTime() < GROUP_GAP_MS) {
      startsGroup = false;
    }
    if (!dividerPlaced && readUpTo !== null && message.seq > readUpTo && message.userId !== me) {
      rows.push({ kind: "unread", key: "unread" });
      dividerPlaced = true;
      startsGroup = true;
    }
    rows.push({ kind: "message", key: message.id, message, startsGroup });
    prev = { userId: message.userId, at };
  }
  for (const p of pending) {
    const startsGroup = !prev || prev.userId !== me;
    rows.push({ kind: "pending", key: `pending-${p.clientId}`, pending: p, startsGroup });
    prev = { userId: me, at: new Date(p.createdAt) };
  }
  return rows;
}
