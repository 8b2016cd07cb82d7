import { useEffect, useId, useRef } from "react";
import type { Call } from "../../client";
import { useChat } from "../hooks/chat";
import { t } from "../i18n/t";
import { Avatar } from "../rooms/Avatar";
import { ring } from "./ringtone";

/** A call ringing for this user: who calls and how, answer or decline; rings and shows in the tab's title. */
export function IncomingCall({ call, onAccept, onReject }: { call: Call; onAccept: () => void; onReject: () => void }) {
  const { client } = useChat();
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const caller = client.members.name(call.initiatorId);
  const label = t(call.media === "video" ? "incomingVideoCall" : "incomingAudioCall", { name: caller });

  useEffect(() => ref.current?.querySelector<HTMLElement>("button")?.focus(), []);
  useEffect(() => ring(), []);
  useEffect(() => {
    const before = document.title;
    document.title = `📞 ${label}`;
    return () => {
      document.title = before;
    };
  }, [label]);

  return (
    <div className="parley-incoming-call" role="alertdialog" aria-labelledby={titleId} ref={ref} data-call-id={call.id}>
      <Avatar name={caller} url={client.members.user(call.initiatorId)?.avatarUrl} />
      <p id={titleId} className="parley-incoming-title">
        {label}
      </p>
      <div className="parley-call-actions">
        <button type="button" className="parley-button parley-button-primary" onClick={onAccept}>
          {t("acceptCall")}
        </button>
        <button type="button" className="parley-button parley-button-danger" onClick={onReject}>
          {t("rejectCall")}
        </button>
      </div>
    </div>
  );
}
