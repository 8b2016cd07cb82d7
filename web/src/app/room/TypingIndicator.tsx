import { useChat, useClientState } from "../hooks/chat";
import { t } from "../i18n/t";

/** "Ana is typing…", "Ana and Bob are typing…", "3 people are typing…"; a lone bot "is thinking…". */
export function typingText(names: readonly string[], bots: readonly boolean[] = []): string {
  if (names.length === 0) return "";
  if (names.length === 1 && bots[0]) return t("thinkingOne", { name: names[0]! });
  if (names.length === 1) return t("typingOne", { name: names[0]! });
  if (names.length === 2) return t("typingTwo", { a: names[0]!, b: names[1]! });
  return t("typingMany", { count: names.length });
}

export function TypingIndicator({ roomId }: { roomId: string }) {
  const { client } = useChat();
  const users = useClientState((c) => c.getTyping(roomId));
  useClientState((c) => c.members.version);
  const text = typingText(
    users.map((u) => client.members.name(u)),
    users.map((u) => client.members.user(u)?.bot === true),
  );
  return (
    <div className="parley-typing" data-testid="typing-indicator" aria-live="polite">
      {text}
    </div>
  );
}
