import type { Message } from "../../client";

/**
 * The reply chain `messageId` belongs to, oldest first: its root (followed up through the
 * loaded parents) and every loaded message that replies to the root or to a reply of it. A
 * message with no parent and no replies is a chain of one.
 */
export function threadOf(messages: readonly Message[], messageId: string): Message[] {
  const byId = new Map(messages.map((m) => [m.id, m]));
  let root = byId.get(messageId);
  if (!root) return [];
  const seen = new Set<string>([root.id]);
  while (root.parentId && byId.has(root.parentId) && !seen.has(root.parentId)) {
    root = byId.get(root.parentId)!;
    seen.add(root.id);
  }
  const members = new Set([root.id]);
  // in order, a reply comes after what it answers: one pass finds replies to replies too
  for (const m of messages) if (m.parentId && members.has(m.parentId)) members.add(m.id);
  return messages.filter((m) => members.has(m.id));
}

/** How many loaded messages answer each message directly, by message id. */
export function replyCounts(messages: readonly Message[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of messages) if (m.parentId) counts.set(m.parentId, (counts.get(m.parentId) ?? 0) + 1);
  return counts;
}
