import { useId, useState } from "react";
import { Dialog } from "../common/Dialog";
import { useChat } from "../hooks/chat";
import { errorMessage, t } from "../i18n/t";
import { useUserSearch } from "../people/useUserSearch";
import { Avatar } from "./Avatar";

/**
 * Starts (or reopens) a direct chat: the person is found in the user directory as one types
 * (name or id prefix), or named by their exact user ID. Where the server keeps its directory
 * closed (`permissions.searchUsers` false), only the exact user ID is asked for.
 */
export function NewChatDialog({ onClose, onOpened }: { onClose: () => void; onOpened: (roomId: string) => void }) {
  const { client, config } = useChat();
  const searchable = config.permissions.searchUsers;
  const [userId, setUserId] = useState("");
  const matches = useUserSearch(userId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const helpId = useId();
  const listId = useId();


  const open = async (id: string) => {
    if (!id) return setError(t(searchable ? "newChatHelp" : "newChatHelpById"));
    setBusy(true);
    setError(null);
    try {
      const room = await client.rest.openDirect(id);
      client.addRoom(room);
      void client.members.ensure(room.id);
      onOpened(room.id);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Dialog title={t("newChatTitle")} submitLabel={t("startChat")} busy={busy} error={error} onSubmit={() => open(userId.trim())} onClose={onClose}>
      <label htmlFor={inputId}>{t("userIdLabel")}</label>
      <input
        id={inputId}
        value={userId}
        autoFocus
        autoComplete="off"
        aria-describedby={helpId}
        aria-controls={listId}
        onChange={(e) => setUserId(e.target.value)}
      />
      <p id={helpId} className="parley-help">
        {t(searchable ? "newChatHelp" : "newChatHelpById")}
      </p>
      <ul id={listId} className="parley-user-matches" aria-label={t("newChatMatches")} aria-live="polite">
        {matches?.map((user) => (
          <li key={user.id}>
            <button type="button" className="parley-user-match" disabled={busy} onClick={() => open(user.id)}>
              <Avatar name={user.name} url={user.avatarUrl} size={24} />
              <span className="parley-user-match-name">{user.name}</span> <span className="parley-muted">{user.id}</span>
            </button>
          </li>
        ))}
        {matches?.length === 0 && <li className="parley-muted">{t("newChatNoMatch")}</li>}
      </ul>
    </Dialog>
  );
}
