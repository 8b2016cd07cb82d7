import type { Message } from "../../client";
import type { MentionMark } from "./highlight";

/** The `@` words of a message's mentions to highlight: each mentioned member's name and id, and `@all` / `@here`. */
export function mentionMarks(message: Message, me: string, nameOf: (userId: string) => string): MentionMark[] {
  const marks: MentionMark[] = [];
  for (const userId of message.mentions ?? []) {
    marks.push({ text: userId, me: userId === me });
    const name = nameOf(userId);
    if (name !== userId) marks.push({ text: name, me: userId === me });
  }
  if (message.mentionsAll) marks.push({ text: "all", me: true }, { text: "here", me: true });
  return marks;
}
