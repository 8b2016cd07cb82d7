import { useCallback, useEffect, useMemo, useReducer, useRef, useState, type ReactNode } from "react";
import type { Call, CallMedia } from "../../client";
import { useChat, useClientState } from "../hooks/chat";
import { errorMessage, t } from "../i18n/t";
import { CallsContext, type CallsApi } from "./CallsContext";
import { CallView } from "./CallView";
import { IncomingCall } from "./IncomingCall";
import { MediaRefused, openMedia } from "./media";
import { MeshCall } from "./MeshCall";

/**
 * Calls in the chat shell: the incoming-call dialog, the in-call view and the call actions
 * (through {@link CallsContext}). One call at a time per session; media flows peer to peer.
 */
export function CallLayer({ children }: { children: ReactNode }) {
  const { client } = useChat();
  useClientState((c) => c.calls.version);
  const [mesh, setMesh] = useState<MeshCall | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const busy = useRef(false);
  const call = mesh ? client.calls.get(mesh.callId) : undefined;
  const ringing = mesh ? undefined : client.calls.ringing()[0];

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), 8_000);
    return () => clearTimeout(timer);
  }, [notice]);

  // Follow the call: close the connections of people who left; end with the call.
  useEffect(() => {
    if (!mesh || !call) return;
    if (call.state === "ended") {
      mesh.close();
      setMesh(null);
      setNotice(t("callEnded"));
    } else {
      mesh.follow(call);
    }
  }, [mesh, call]);

  useEffect(() => () => mesh?.close(), [mesh]);

  /** Opens the media, runs the REST action, then connects; a refusal shows why. */
  const enter = useCallback(
    async (media: CallMedia, action: () => Promise<Call>) => {
      if (busy.current) return;
      busy.current = true;
      let stream: MediaStream | undefined;
      try {
        stream = await openMedia(media);
        const joined = await action();
        if (joined.mode === "livekit") {
          // This UI carries peer-to-peer calls only; a LiveKit call is left at once, not held open silently.
          stream.getTracks().forEach((track) => track.stop());
          void client.calls.hangup(joined.id).catch(() => undefined);
          setNotice(t("liveKitNotSupported"));
          return;
        }
        if (joined.state === "ended") {
          stream.getTracks().forEach((track) => track.stop());
          setNotice(t(joined.outcome === "busy" ? "callBusy" : "callEnded"));
          return;
        }
        const { iceServers } = await client.rest.iceServers().catch(() => ({ iceServers: [] }));
        const next = new MeshCall(client, joined.id, stream, iceServers, redraw);
        setMesh(next);
        next.connectToJoined(joined);
      } catch (e) {
        stream?.getTracks().forEach((track) => track.stop());
        setNotice(e instanceof MediaRefused ? t(e.key) : errorMessage(e));
      } finally {
        busy.current = false;
      }
    },
    [client],
  );

  const api = useMemo<CallsApi>(
    () => ({
      start: (roomId, media) => void enter(media, () => client.calls.start(roomId, media)),
      inCall: mesh !== null,
    }),
    [client, enter, mesh],
  );

  const hangup = () => {
    if (!mesh) return;
    const id = mesh.callId;
    mesh.close();
    setMesh(null);
    void client.calls.hangup(id).catch(() => undefined);
  };

  return (
    <CallsContext.Provider value={api}>
      {children}
      {ringing && (
        <IncomingCall
          key={ringing.id}
          call={ringing}
          onAccept={() => void enter(ringing.media, () => client.calls.accept(ringing.id))}
          onReject={() => void client.calls.reject(ringing.id).catch((e) => setNotice(errorMessage(e)))}
        />
      )}
      {mesh && call && <CallView call={call} mesh={mesh} onHangup={hangup} />}
      {notice && (
        <p className="parley-call-notice" role="alert">
          {notice}
        </p>
      )}
    </CallsContext.Provider>
  );
}
