import { useEffect, useId, useState } from "react";
import { useModal } from "../common/useModal";
import { useChat, useClientState } from "../hooks/chat";
import { errorMessage, t } from "../i18n/t";
import { Avatar } from "../rooms/Avatar";

/**
 * A person's card: picture, name, user ID, online or not, and "Message", which opens (or
 * creates) the direct room with them. A modal <dialog>: Escape closes it and focus goes back
 * to the name that opened it.
 */
export function UserCardDialog({ userId, onClose, onOpened }: { userId: string; onClose: () => void; onOpened: (roomId: string) => void }) {
  const { client, config } = useChat();
  useClientState((c) => c.members.version);
  useClientState((c) => c.getPresenceVersion());
  const ref = useModal();
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const me = userId === client.userId;
  const user = client.members.user(userId) ?? (me ? { id: me, name: config.user.name, avatarUrl: config.user.avatarUrl ?? undefined } : undefined);
  const name = user?.name ?? userId;
  const online = config.features.presence ? me || client.isOnline(userId) : undefined;
  const canMessage = !me && config.features.directChats && config.permissions.createDirectRooms;

  useEffect(() => {
    // a card opened from a live event may come before the person's name: ask the directory once
    if (client.members.user(userId) || !config.permissions.searchUsers) return;
    void client.rest
      .searchUsers(userId, 8)
      .then((page) => page.items.find((u) => u.id === userId))
      .then((found) => found && client.members.remember(found))
      .catch(() => undefined);
  }, [client, userId, config.permissions.searchUsers]);

  const message = async () => {
    setBusy(true);
    setError(null);
    try {
      const room = await client.rest.openDirect(userId);
      client.addRoom(room);
      void client.members.ensure(room.id).catch(() => undefined);
      onOpened(room.id);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <dialog ref={ref} className="parley-dialog parley-user-card" aria-labelledby={titleId} onClose={onClose} onCancel={onClose} data-testid="user-card">
      <div className="parley-user-card-head">
        <Avatar name={name} url={user?.avatarUrl} size={64} presence={online === undefined ? undefined : online ? "online" : "offline"} />
        <div>
          <h2 id={titleId}>{name}</h2>
          <p className="parley-muted">{userId}</p>
          {online !== undefined && <p className="parley-user-card-presence">{online ? t("online") : t("offline")}</p>}
          {me && <p className="parley-muted">{t("thisIsYou")}</p>}
        </div>
      </div>
      {error && (
        <p className="parley-error" role="alert">
          {error}
        </p>
      )}
      <div className="parley-dialog-actions">
        <button type="button" className="parley-button" onClick={onClose}>
          {t("close")}
        </button>
        {canMessage && (
          <button type="button" className="parley-button parley-button-primary" disabled={busy} onClick={() => void message()} autoFocus>
            {t("messagePerson")}
          </button>
        )}
      </div>
    </dialog>
  );
}
