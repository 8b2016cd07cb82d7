import { useId, useState } from "react";
import { Dialog } from "../common/Dialog";
import { useChat } from "../hooks/chat";
import { errorMessage, t } from "../i18n/t";

/**
 * Starts (or reopens) a direct chat. User search needs the API secret (server API only), so the
 * person is named by user ID.
 */
export function NewChatDialog({ onClose, onOpened }: { onClose: () => void; onOpened: (roomId: string) => void }) {
  const { client } = useChat();
  const [userId, setUserId] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const helpId = useId();

  const submit = async () => {
    const id = userId.trim();
    if (!id) return setError(t("newChatHelp"));
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
    <Dialog title={t("newChatTitle")} submitLabel={t("startChat")} busy={busy} error={error} onSubmit={submit} onClose={onClose}>
      <label htmlFor={inputId}>{t("userIdLabel")}</label>
      <input id={inputId} value={userId} autoFocus autoComplete="off" aria-describedby={helpId} onChange={(e) => setUserId(e.target.value)} />
      <p id={helpId} className="parley-help">
        {t("newChatHelp")}
      </p>
    </Dialog>
  );
}
