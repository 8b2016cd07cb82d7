import { useId, useState } from "react";
import type { Room } from "../../client";
import { Dialog } from "../common/Dialog";
import { useChat } from "../hooks/chat";
import { errorMessage, t } from "../i18n/t";
import { SLOW_MODE_INTERVALS, intervalLabel } from "./slowModeIntervals";

/** The room menu's "Slow mode…": how often a member may send (owners, moderators and admins are not limited). */
export function SlowModeDialog({ room, onClose }: { room: Room; onClose: () => void }) {
  const { client } = useChat();
  const current = room.slowModeSeconds ?? 0;
  const choices = SLOW_MODE_INTERVALS.includes(current) ? SLOW_MODE_INTERVALS : [...SLOW_MODE_INTERVALS, current].sort((a, b) => a - b);
  const [seconds, setSeconds] = useState(current);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const selectId = useId();
  const submit = async () => {
    setBusy(true);
    try {
      client.addRoom(await client.rest.setSlowMode(room.id, seconds));
      onClose();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };
  return (
    <Dialog title={t("slowModeTitle")} submitLabel={t("save")} busy={busy} error={error} onSubmit={() => void submit()} onClose={onClose}>
      <p className="parley-muted">{t("slowModeHelp")}</p>
      <label htmlFor={selectId}>{t("slowModeInterval")}</label>
      <select id={selectId} value={seconds} autoFocus onChange={(e) => setSeconds(Number(e.target.value))}>
        {choices.map((s) => (
          <option key={s} value={s}>
            {intervalLabel(s)}
          </option>
        ))}
      </select>
    </Dialog>
  );
}
