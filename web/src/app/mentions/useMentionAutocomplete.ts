import { useEffect, useMemo, useState, type KeyboardEvent, type RefObject } from "react";
import type { UserCard } from "../../client";
import { useChat, useClientState } from "../hooks/chat";
import { activeMention, insertMention, matchMembers, mentionLabel, type ActiveMention } from "./mentionQuery";

export interface MentionAutocomplete {
  /** The members offered for the `@query` at the caret; empty when none is being typed. */
  suggestions: readonly UserCard[];
  active: number;
  /** Handles arrows, Enter/Tab and Escape while suggestions show; true when it used the key. */
  keyDown: (e: KeyboardEvent<HTMLTextAreaElement>) => boolean;
  pick: (user: UserCard) => void;
  /** Call on every change and caret move. */
  track: (text: string, caret: number) => void;
}

/** `@` autocomplete of the room's members by name or id for the composer's textarea. */
export function useMentionAutocomplete(
  roomId: string,
  text: string,
  area: RefObject<HTMLTextAreaElement | null>,
  setText: (value: string) => void,
): MentionAutocomplete {
  const { client } = useChat();
  const members = useClientState((c) => c.members.list(roomId));
  const [mention, setMention] = useState<ActiveMention | null>(null);
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<number | null>(null);

  useEffect(() => {
    if (mention) void client.members.ensure(roomId).catch(() => undefined);
  }, [client, roomId, mention]);

  const people = useMemo(
    () =>
      (members ?? [])
        .filter((m) => m.userId !== client.userId)
        .map((m) => m.user ?? { id: m.userId, name: client.members.name(m.userId) }),
    [members, client],
  );
  const suggestions = useMemo(
    () => (mention && dismissed !== mention.start ? matchMembers(people, mention.query) : []),
    [mention, dismissed, people],
  );

  const track = (value: string, at: number) => {
    const found = activeMention(value, at);
    setMention(found);
    setCaret(at);
    if (found?.start !== mention?.start || found?.query !== mention?.query) setActive(0);
    if (!found) setDismissed(null);
  };

  const pick = (user: UserCard) => {
    if (!mention) return;
    const next = insertMention(text, mention, caret, mentionLabel(user, people));
    setText(next.text);
    setMention(null);
    requestAnimationFrame(() => {
      area.current?.focus();
      area.current?.setSelectionRange(next.caret, next.caret);
    });
  };

  const keyDown = (e: KeyboardEvent<HTMLTextAreaElement>): boolean => {
    if (suggestions.length === 0) return false;
    if (e.key === "ArrowDown") setActive((active + 1) % suggestions.length);
    else if (e.key === "ArrowUp") setActive((active - 1 + suggestions.length) % suggestions.length);
    else if ((e.key === "Enter" && !e.shiftKey) || e.key === "Tab") pick(suggestions[Math.min(active, suggestions.length - 1)]!);
    else if (e.key === "Escape") setDismissed(mention?.start ?? null);
    else return false;
    e.preventDefault();
    return true;
  };

  return { suggestions, active, keyDown, pick, track };
}
