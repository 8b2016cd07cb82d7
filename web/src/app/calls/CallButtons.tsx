import type { Room } from "../../client";
import { useChat, useClientState } from "../hooks/chat";
import { PhoneIcon, VideoIcon } from "../common/icons";
import { t } from "../i18n/t";
import { useCalls } from "./CallsContext";

/** Audio and video call buttons of a direct or group room; "Join call" while the room has a call one is not in. */
export function CallButtons({ room }: { room: Room }) {
  const calls = useCalls();
  const { client } = useChat();
  const live = useClientState((c) => c.calls.inRoom(room.id));
  if (!calls || room.type === "channel" || !room.role) return null;
  const mine = live?.participants.some((p) => p.userId === client.userId && p.state === "joined");
  if (live && !mine) {
    return (
      <button type="button" className="parley-button parley-button-primary" disabled={calls.inCall} onClick={() => calls.start(room.id, live.media)}>
        {t("joinCall")}
      </button>
    );
  }
  return (
    <>
      <button type="button" className="parley-button" aria-label={t("startAudioCall")} title={t("startAudioCall")} disabled={calls.inCall} onClick={() => calls.start(room.id, "audio")}>
        <span className="parley-button-icon">
          <PhoneIcon />
        </span>
        <span className="parley-button-label">{t("audioCall")}</span>
      </button>
      <button type="button" className="parley-button" aria-label={t("startVideoCall")} title={t("startVideoCall")} disabled={calls.inCall} onClick={() => calls.start(room.id, "video")}>
        <span className="parley-button-icon">
          <VideoIcon />
        </span>
        <span className="parley-button-label">{t("videoCall")}</span>
      </button>
    </>
  );
}
