import { useEffect, useRef, useState } from "react";
import type { Call } from "../../client";
import { useChat } from "../hooks/chat";
import { useNow } from "../hooks/useNow";
import { t } from "../i18n/t";
import type { MessageKey } from "../i18n/en";
import { formatDuration } from "./media";
import type { MeshCall, RemotePeer } from "./MeshCall";

/** The call this session is in: remote and local video, mute, camera off, hang up, duration, connection state. */
export function CallView({ call, mesh, onHangup }: { call: Call; mesh: MeshCall; onHangup: () => void }) {
  const { client } = useChat();
  const [muted, setMuted] = useState(false);
  const [cameraOff, setCameraOff] = useState(false);
  const now = useNow(1000);
  const received = useBytesReceived(mesh);
  const remotes = mesh.remotes();
  const state = connectionKey(call, remotes);
  const video = call.media === "video";

  return (
    <section
      className="parley-call"
      aria-label={t("inCall")}
      data-call-id={call.id}
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
        {video && <Local stream={mesh.local} hidden={cameraOff} />}
      </div>
      <div className="parley-call-actions">
        <button
          type="button"
          className="parley-button"
          aria-pressed={muted}
          onClick={() => {
            mesh.setMuted(!muted);
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
              mesh.setCameraOff(!cameraOff);
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

/** What the people in the call should read about the connection. */
function connectionKey(call: Call, remotes: RemotePeer[]): MessageKey {
  if (call.state === "ringing" && remotes.length === 0) return "callRinging";
  if (remotes.some((r) => r.state === "connected")) return "callConnected";
  if (remotes.some((r) => r.state === "failed")) return "callFailed";
  if (remotes.some((r) => r.state === "disconnected")) return "callReconnecting";
  return "callConnecting";
}

/** The media bytes received from every peer so far, refreshed each second (from WebRTC statistics). */
function useBytesReceived(mesh: MeshCall): number {
  const [bytes, setBytes] = useState(0);
  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      let total = 0;
      for (const pc of mesh.connections()) {
        const report = await pc.getStats().catch(() => undefined);
        report?.forEach((s: { type?: string; bytesReceived?: number }) => {
          if (s.type === "inbound-rtp" && typeof s.bytesReceived === "number") total += s.bytesReceived;
        });
      }
      if (!stopped) setBytes(total);
    };
    const timer = setInterval(() => void poll(), 1000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [mesh]);
  return bytes;
}
