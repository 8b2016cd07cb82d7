import { useId, useState } from "react";
import type { Message } from "../../client";
import { Dialog } from "../common/Dialog";
import { useChat } from "../hooks/chat";
import { errorMessage, t } from "../i18n/t";

/** "Report" from a message's actions: a reason, sent to the app's admins (the moderation queue). */
export function ReportDialog({ message, onDone, onClose }: { message: Message; onDone: () => void; onClose: () => void }) {
  const { client } = useChat();
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const submit = async () => {
    if (!reason.trim()) return;
    setBusy(true);
    try {
      await client.rest.flagMessage(message.roomId, message.id, reason.trim());
      onDone();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };
  return (
    <Dialog title={t("reportTitle")} submitLabel={t("reportSend")} busy={busy} error={error} onSubmit={() => void submit()} onClose={onClose}>
      <blockquote className="parley-report-quote">{message.text.slice(0, 280)}</blockquote>
      <label htmlFor={inputId}>{t("reportReason")}</label>
      <textarea id={inputId} value={reason} autoFocus maxLength={500} rows={3} onChange={(e) => setReason(e.target.value)} />
    </Dialog>
  );
}
