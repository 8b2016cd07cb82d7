import { useEffect, useRef, useState } from "react";
import { useChat } from "../hooks/chat";
import { t } from "../i18n/t";
import { plainText } from "../markdown/parse";
import { roomName } from "../rooms/roomName";
import { notificationText, shouldNotify } from "./notifyRule";
import { desktopNotifications, notifySettings } from "./settings";
import { SpeakerIcon } from "../common/icons";
import { chime } from "./sound";

const CHIME_GAP_MS = 1_500;

/**
 * Desktop notifications and an optional sound for messages in other rooms or while the tab is
 * hidden; muted rooms stay silent. Permission is asked for at a sensible moment — an offer
 * shown after the user sent their first message, answered with a click — never at load.
 */
export function Notifications({ openRoomId, onOpen }: { openRoomId: string | null; onOpen: (roomId: string) => void }) {
  const { client } = useChat();
  const [sound, setSound] = useState(notifySettings.sound);
  const [offer, setOffer] = useState(false);
  const latest = useRef({ openRoomId, onOpen, sound });
  latest.current = { openRoomId, onOpen, sound };

  useEffect(() => {
    let lastChime = 0;
    return client.on("message.new", (message) => {
      const api = desktopNotifications();
      if (message.userId === client.userId) {
        if (api?.permission === "default" && !notifySettings.asked()) setOffer(true);
        return;
      }
      const room = client.getRoom(message.roomId);
      const context = { me: client.userId, openRoomId: latest.current.openRoomId, hidden: document.hidden };
      if (!room || !shouldNotify(message, room, context)) return;
      if (api?.permission === "granted") {
        const text = notificationText(roomName(room, client.userId, client.members), client.members.name(message.userId),
          room.type === "direct", plainText(message.text));
        const shown = new api(text.title, { body: text.body, tag: room.id });
        shown.onclick = () => {
          window.focus();
          latest.current.onOpen(room.id);
          shown.close();
        };
      }
      if (latest.current.sound && Date.now() - lastChime > CHIME_GAP_MS) {
        lastChime = Date.now();
        chime();
      }
    });
  }, [client]);

  const answer = async (turnOn: boolean) => {
    notifySettings.setAsked();
    setOffer(false);
    if (turnOn) await desktopNotifications()?.requestPermission();
  };

  return (
    <>
      <button
        type="button"
        className="parley-link-button parley-sound-toggle"
        aria-pressed={sound}
        title={sound ? t("soundOnHint") : t("soundOffHint")}
        data-testid="sound-toggle"
        onClick={() => {
          notifySettings.setSound(!sound);
          setSound(!sound);
        }}
      >
        <SpeakerIcon on={sound} />
        {t("sound")}
      </button>
      {offer && (
        <div className="parley-notify-offer" role="status" data-testid="notify-offer">
          <span>{t("notifyOffer")}</span>
          <button type="button" className="parley-button parley-button-primary" onClick={() => void answer(true)}>
            {t("notifyTurnOn")}
          </button>
          <button type="button" className="parley-button" onClick={() => void answer(false)}>
            {t("notNow")}
          </button>
        </div>
      )}
    </>
  );
}
