import { useCallback, useEffect, useMemo, useReducer, useRef, useState, type ReactNode } from "react";
import type { Call, CallMedia } from "../../client";
import { useChat, useClientState } from "../hooks/chat";
import { errorMessage, t } from "../i18n/t";
import { CallsContext, type CallsApi } from "./CallsContext";
import { CallView } from "./CallView";
import { IncomingCall } from "./IncomingCall";
import { MediaRefused, openMedia } from "./media";
import type { CallConnection } from "./CallConnection";
import { MeshCall } from "./MeshCall";

/**
 * Calls in the chat shell: the incoming-call dialog, the in-call view and the call actions
 * (through {@link CallsContext}). One call at a time per session; media flows peer to peer
 * (`mode: "mesh"`) or through a LiveKit server (`mode: "livekit"`).
 */
export function CallLayer({ children }: { children: ReactNode }) {
  const { client } = useChat();
  useClientState((c) => c.calls.version);
  const [connection, setConnection] = useState<CallConnection | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const busy = useRef(false);
  const call = connection ? client.calls.get(connection.callId) : undefined;
  const ringing = connection ? undefined : client.calls.ringing()[0];

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), 8_000);
    return () => clearTimeout(timer);
  }, [notice]);

  // Follow the call: close the connections of people who left; end with the call.
  useEffect(() => {
    if (!connection || !call) return;
    if (call.state === "ended") {
      connection.close();
      setConnection(null);
      setNotice(t("callEnded"));
    } else {
      connection.follow(call);
    }
  }, [connection, call]);

  useEffect(() => () => connection?.close(), [connection]);

  /** Opens the media, runs the REST action, then connects; a refusal shows why. */
  const enter = useCallback(
    async (media: CallMedia, action: () => Promise<Call>) => {
      if (busy.current) return;
      busy.current = true;
      let stream: MediaStream | undefined;
      try {
        stream = await openMedia(media);
        const joined = await action();
        if (joined.state === "ended") {
          stream.getTracks().forEach((track) => track.stop());
          setNotice(t(joined.outcome === "busy" ? "callBusy" : "callEnded"));
          return;
        }
        if (joined.mode === "livekit") {
          // livekit-client is loaded only for the calls that need it.
          const { LiveKitCall } = await import("./LiveKitCall");
          const next = new LiveKitCall(client, joined.id, stream, redraw);
          setConnection(next);
          // A failure shows in the call as "The connection failed"; hanging up stays possible.
          void next.connect().catch(() => undefined);
          return;
        }
        const { iceServers } = await client.rest.iceServers().catch(() => ({ iceServers: [] }));
        const next = new MeshCall(client, joined.id, stream, iceServers, redraw);
        setConnection(next);
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
      inCall: connection !== null,
    }),
    [client, enter, connection],
  );

  const hangup = () => {
    if (!connection) return;
    const id = connection.callId;
    connection.close();
    setConnection(null);
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
      {connection && call && <CallView call={call} media={connection} onHangup={hangup} />}
      {notice && (
        <p className="parley-call-notice" role="alert">
          {notice}
        </p>
      )}
    </CallsContext.Provider>
  );
}
