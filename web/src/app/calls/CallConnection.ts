import type { Call } from "../../client";

/** One remote participant: the media they send, and how the connection to them is doing. */
export interface RemotePeer {
  /** Their WebSocket session (a mesh call) or their LiveKit participant id. */
  sessionId: string;
  userId: string;
  stream: MediaStream;
  state: RTCPeerConnectionState;
}

/**
 * How this session's media reaches the other participants of a call: directly to each of them
 * ({@link MeshCall}) or through a LiveKit server ({@link LiveKitCall}). The in-call view only
 * talks to this.
 */
export interface CallConnection {
  readonly callId: string;
  /** This browser's microphone (and camera). */
  readonly local: MediaStream;
  remotes(): RemotePeer[];
  /** The state of the link to a media server, or undefined when media flows peer to peer. */
  serverState(): RTCPeerConnectionState | undefined;
  /** Follows the call's participants (a mesh closes the connections of those who left). */
  follow(call: Call): void;
  setMuted(muted: boolean): void;
  setCameraOff(off: boolean): void;
  /** The media bytes received so far from everyone (WebRTC statistics). */
  bytesReceived(): Promise<number>;
  close(): void;
}

/** Sums the bytes of the inbound RTP streams in WebRTC statistics reports. */
export function inboundBytes(reports: (RTCStatsReport | undefined)[]): number {
  let total = 0;
  for (const report of reports) {
    report?.forEach((s: { type?: string; bytesReceived?: number }) => {
      if (s.type === "inbound-rtp" && typeof s.bytesReceived === "number") total += s.bytesReceived;
    });
  }
  return total;
}
