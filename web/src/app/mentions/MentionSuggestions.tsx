import type { UserCard } from "../../client";
import { t } from "../i18n/t";
import { Avatar } from "../rooms/Avatar";

/** The listbox of members to mention under the composer; the textarea keeps focus (aria-activedescendant). */
export function MentionSuggestions({
  id,
  users,
  active,
  onPick,
}: {
  id: string;
  users: readonly UserCard[];
  active: number;
  onPick: (user: UserCard) => void;
}) {
  return (
    <ul className="parley-mention-list" role="listbox" id={id} aria-label={t("mentionSuggestions")} data-testid="mention-suggestions">
      {users.map((user, i) => (
        <li
          key={user.id}
          id={optionId(id, i)}
          role="option"
          aria-selected={i === active}
          className="parley-mention-option"
          // mousedown, not click: the textarea must not lose focus (and its caret) first
          onMouseDown={(e) => {
            e.preventDefault();
            onPick(user);
          }}
        >
          <Avatar name={user.name} url={user.avatarUrl} size={24} />
          <span className="parley-mention-name">{user.name}</span>
          <span className="parley-muted parley-mention-id">{user.id}</span>
        </li>
      ))}
    </ul>
  );
}

export function optionId(listId: string, index: number): string {
  return `${listId}-${index}`;
}
