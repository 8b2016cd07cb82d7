import { useState } from "react";
import { Dialog } from "../../app/common/Dialog";
import { adminError } from "../useAction";
import type { User } from "../../client/types";
import type { AdminApi } from "../adminApi";
import { at } from "../strings";

/** Bans a user from the whole app, with an optional reason and duration (empty: until lifted). */
export function BanDialog({ api, user, onDone }: { api: AdminApi; user: User; onDone: (message: string | null) => void }) {
  const [reason, setReason] = useState("");
  const [hours, setHours] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const duration = hours.trim() ? Math.round(Number(hours) * 3600) : undefined;
      await api.banFromApp(user.id, reason.trim(), duration);
      onDone(at("appBanned", { user: user.name }));
    } catch (e) {
      setError(adminError(e));
      setBusy(false);
    }
  };
  return (
    <Dialog title={at("banFromAppTitle", { user: user.name })} submitLabel={at("banFromApp")} busy={busy} error={error} onSubmit={() => void submit()} onClose={() => onDone(null)}>
      <label className="parley-admin-field">
        <span>{at("banReason")}</span>
        <input type="text" maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <label className="parley-admin-field">
        <span>{at("banDuration")}</span>
        <input type="number" min="0" step="any" inputMode="decimal" value={hours} onChange={(e) => setHours(e.target.value)} />
      </label>
    </Dialog>
  );
}
