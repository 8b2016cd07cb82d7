import { useId, useState } from "react";
import type { Room } from "../../client";
import { Dialog } from "../common/Dialog";
import { useChat } from "../hooks/chat";
import { errorMessage, t } from "../i18n/t";

export function RenameDialog({ room, onClose }: { room: Room; onClose: () => void }) {
  const { client } = useChat();
  const [name, setName] = useState(room.name ?? "");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const submit = async () => {
    if (!name.trim()) return;
    setBusy(true);
    try {
      client.addRoom(await client.rest.updateRoom(room.id, { name: name.trim() }));
      onClose();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };
  return (
    <Dialog title={t("renameTitle")} submitLabel={t("save")} busy={busy} error={error} onSubmit={submit} onClose={onClose}>
      <label htmlFor={inputId}>{t("roomNameLabel")}</label>
      <input id={inputId} value={name} autoFocus maxLength={100} onChange={(e) => setName(e.target.value)} />
    </Dialog>
  );
}
