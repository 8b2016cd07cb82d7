import { useId, useState, type KeyboardEvent } from "react";
import type { UserCard } from "../../client";
import { t } from "../i18n/t";
import { Avatar } from "../rooms/Avatar";
import { useUserSearch } from "./useUserSearch";

/** Splits typed user ids (commas, semicolons or spaces between them). */
export function parseUserIds(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean))];
}

/** Everyone picked: the chips, then any ids still typed in the box. */
export function pickedIds(selected: readonly UserCard[], query: string): string[] {
  return [...new Set([...selected.map((u) => u.id), ...parseUserIds(query)])];
}

export interface MemberPickerProps {
  label: string;
  selected: readonly UserCard[];
  onSelectedChange: (selected: UserCard[]) => void;
  query: string;
  onQueryChange: (query: string) => void;
  /** Left out of the suggestions (the caller, present members). */
  exclude?: readonly string[];
  autoFocus?: boolean;
}

/**
 * Picks people as chips (avatar or initials, name, remove): found by name as one types, or
 * by user id (Enter or a comma adds what is typed). Backspace in an empty box removes the last.
 */
export function MemberPicker({ label, selected, onSelectedChange, query, onQueryChange, exclude = [], autoFocus }: MemberPickerProps) {
  const inputId = useId();
  const listId = useId();
  const helpId = useId();
  const [active, setActive] = useState(0);
  const found = useUserSearch(query);
  const taken = new Set([...exclude, ...selected.map((u) => u.id)]);
  const suggestions = (found ?? []).filter((u) => !taken.has(u.id));

  const add = (users: UserCard[]) => {
    const fresh = users.filter((u) => !taken.has(u.id));
    if (fresh.length > 0) onSelectedChange([...selected, ...fresh]);
    onQueryChange("");
    setActive(0);
  };
  const addTyped = () => add(parseUserIds(query).map((id) => ({ id, name: id })));

  const keyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" && suggestions.length > 0) setActive((active + 1) % suggestions.length);
    else if (e.key === "ArrowUp" && suggestions.length > 0) setActive((active - 1 + suggestions.length) % suggestions.length);
    else if (e.key === "Enter" && query.trim()) {
      if (suggestions.length > 0) add([suggestions[Math.min(active, suggestions.length - 1)]!]);
      else addTyped();
    } else if (e.key === "," && query.trim()) addTyped();
    else if (e.key === "Backspace" && !query && selected.length > 0) onSelectedChange(selected.slice(0, -1));
    else return;
    e.preventDefault();
  };

  return (
    <div className="parley-member-picker">
      <label htmlFor={inputId}>{label}</label>
      {selected.length > 0 && (
        <ul className="parley-chips" aria-label={t("pickedPeople")}>
          {selected.map((user) => (
            <li key={user.id} className="parley-chip" data-testid="member-chip">
              <Avatar name={user.name} url={user.avatarUrl} size={20} />
              <span>{user.name}</span>
              <button
                type="button"
                className="parley-chip-remove"
                aria-label={t("removePicked", { name: user.name })}
                onClick={() => onSelectedChange(selected.filter((u) => u.id !== user.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={inputId}
        value={query}
        autoFocus={autoFocus}
        autoComplete="off"
        role="combobox"
        aria-expanded={suggestions.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-describedby={helpId}
        aria-activedescendant={suggestions.length > 0 ? `${listId}-${active}` : undefined}
        onChange={(e) => {
          onQueryChange(e.target.value);
          setActive(0);
        }}
        onKeyDown={keyDown}
      />
      <p id={helpId} className="parley-help">
        {t("memberPickerHelp")}
      </p>
      <ul id={listId} role="listbox" className="parley-user-matches" aria-label={t("newChatMatches")}>
        {suggestions.map((user, i) => (
          <li
            key={user.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className="parley-user-match"
            onMouseDown={(e) => {
              e.preventDefault();
              add([user]);
            }}
          >
            <Avatar name={user.name} url={user.avatarUrl} size={24} />
            <span className="parley-user-match-name">{user.name}</span> <span className="parley-muted">{user.id}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
