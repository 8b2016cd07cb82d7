import { useEffect, useRef, useState } from "react";
import type { Call } from "../../client";
import { useChat } from "../hooks/chat";
import { useNow } from "../hooks/useNow";
import { t } from "../i18n/t";
import type { MessageKey } from "../i18n/en";
import { formatDuration } from "./media";
import type { CallConnection, RemotePeer } from "./CallConnection";

/** The call this session is in: remote and local video, mute, camera off, hang up, duration, connection state. */
export function CallView({ call, media, onHangup }: { call: Call; media: CallConnection; onHangup: () => void }) {
  const { client } = useChat();
  const [muted, setMuted] = useState(false);
  const [cameraOff, setCameraOff] = useState(false);
  const now = useNow(1000);
  const received = useBytesReceived(media);
  const remotes = media.remotes();
  const state = connectionKey(call, remotes, media.serverState());
  const video = call.media === "video";

  return (
    <section
      className="parley-call"
      aria-label={t("inCall")}
      data-call-id={call.id}
      data-mode={call.mode}
      data-connection={state}
      data-bytes-received={received}
    >
      <div className="parley-call-status">
        <span className="parley-call-state" role="status">
          {t(state)}
        </span>
        {call.startedAt && <time className="parley-call-duration">{formatDuration(now - Date.parse(call.startedAt))}</time>}
      </div>
      <div className="parley-call-stage">
        {remotes.map((peer) => (
          <Remote key={peer.sessionId} peer={peer} video={video} name={client.members.name(peer.userId)} />
        ))}
        {video && <Local stream={media.local} hidden={cameraOff} />}
      </div>
      <div className="parley-call-actions">
        <button
          type="button"
          className="parley-button"
          aria-pressed={muted}
          onClick={() => {
            media.setMuted(!muted);
            setMuted(!muted);
          }}
        >
          {t(muted ? "unmute" : "mute")}
        </button>
        {video && (
          <button
            type="button"
            className="parley-button"
            aria-pressed={cameraOff}
            onClick={() => {
              media.setCameraOff(!cameraOff);
              setCameraOff(!cameraOff);
            }}
          >
            {t(cameraOff ? "cameraOn" : "cameraOff")}
          </button>
        )}
        <button type="button" className="parley-button parley-button-danger" onClick={onHangup}>
          {t("hangUp")}
        </button>
      </div>
    </section>
  );
}

function Remote({ peer, video, name }: { peer: RemotePeer; video: boolean; name: string }) {
  const ref = useRef<HTMLVideoElement & HTMLAudioElement>(null);
  useEffect(() => {
    if (ref.current && ref.current.srcObject !== peer.stream) ref.current.srcObject = peer.stream;
  });
  return (
    <figure className="parley-call-remote" data-testid="remote-media" data-session-id={peer.sessionId}>
      {video ? <video ref={ref} autoPlay playsInline aria-label={name} /> : <audio ref={ref} autoPlay aria-label={name} />}
      <figcaption>{name}</figcaption>
    </figure>
  );
}

function Local({ stream, hidden }: { stream: MediaStream; hidden: boolean }) {
  const ref = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    if (ref.current && ref.current.srcObject !== stream) ref.current.srcObject = stream;
  });
  return <video ref={ref} className="parley-call-local" autoPlay playsInline muted hidden={hidden} aria-label={t("you")} />;
}

/** What the people in the call should read about the connection (to a media server, then to the others). */
function connectionKey(call: Call, remotes: RemotePeer[], server: RTCPeerConnectionState | undefined): MessageKey {
  if (server === "failed") return "callFailed";
  if (server === "disconnected") return "callReconnecting";
  if (call.state === "ringing" && remotes.length === 0) return "callRinging";
  if (server === "connected" || remotes.some((r) => r.state === "connected")) return "callConnected";
  if (remotes.some((r) => r.state === "failed")) return "callFailed";
  if (remotes.some((r) => r.state === "disconnected")) return "callReconnecting";
  return "callConnecting";
}

/** The media bytes received from everyone so far, refreshed each second (from WebRTC statistics). */
function useBytesReceived(media: CallConnection): number {
  const [bytes, setBytes] = useState(0);
  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      const total = await media.bytesReceived();
      if (!stopped) setBytes(total);
    };
    const timer = setInterval(() => void poll(), 1000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [media]);
  return bytes;
}
