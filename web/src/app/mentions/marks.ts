import type { Message } from "../../client";
import type { MentionMark } from "./highlight";

const NONE: readonly MentionMark[] = Object.freeze([]);

/**
 * The `@` words of a message's mentions to highlight: each mentioned member's name and id, and
 * `@all` / `@here`. The same empty array for the many messages without mentions (memoised rows
 * stay unchanged).
 */
export function mentionMarks(message: Message, me: string, nameOf: (userId: string) => string): readonly MentionMark[] {
  if (!message.mentions?.length && !message.mentionsAll) return NONE;
  const marks: MentionMark[] = [];
  for (const userId of message.mentions ?? []) {
    marks.push({ text: userId, me: userId === me });
    const name = nameOf(userId);
    if (name !== userId) marks.push({ text: name, me: userId === me });
  }
  if (message.mentionsAll) marks.push({ text: "all", me: true }, { text: "here", me: true });
  return marks;
}
