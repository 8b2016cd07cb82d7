import { useEffect, useState } from "react";
import type { Room } from "../../client";
import { useChat } from "../hooks/chat";
import { useNow } from "../hooks/useNow";
import { roomAbilities } from "../hooks/usePermissions";
import { t } from "../i18n/t";
import { intervalLabel } from "../room/slowModeIntervals";

/**
 * Above the composer of a room in slow mode, for members it paces: the interval, and after a
 * refused send "Slow mode: wait N s", counting down.
 */
export function SlowModeNotice({ room }: { room: Room }) {
  const { client } = useChat();
  const [waitUntil, setWaitUntil] = useState(0);
  const now = useNow(1000);
  useEffect(
    () =>
      client.on("send-failed", (failed) => {
        if (failed.roomId === room.id && failed.error === "slow_mode" && failed.retryAfterSeconds) {
          setWaitUntil(Date.now() + failed.retryAfterSeconds * 1000);
        }
      }),
    [client, room.id],
  );
  const seconds = room.slowModeSeconds ?? 0;
  if (seconds === 0 || roomAbilities(room).rename) return null;
  const left = Math.ceil((waitUntil - now) / 1000);
  return (
    <p className="parley-composer-slow" data-testid="slow-mode" role="status">
      {left > 0 ? t("slowModeWait", { seconds: left }) : t("slowModeOn", { interval: intervalLabel(seconds) })}
    </p>
  );
}
