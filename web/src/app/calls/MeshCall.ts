import type { Call, CallSignalEvent, IceServer, ParleyClient } from "../../client";
import { inboundBytes, type CallConnection, type RemotePeer } from "./CallConnection";

/**
 * A peer-to-peer (mesh) call from this session: one RTCPeerConnection per other joined
 * session. Whoever joins sends an offer to everyone already in the call; the others answer.
 * Offers, answers and ICE candidates travel as `call.signal` frames to one session.
 */
export class MeshCall implements CallConnection {
  private readonly peers = new Map<string, { pc: RTCPeerConnection; peer: RemotePeer; pending: RTCIceCandidateInit[] }>();
  private readonly unsubscribe: () => void;
  private closed = false;

  constructor(
    private readonly client: ParleyClient,
    readonly callId: string,
    readonly local: MediaStream,
    private readonly iceServers: IceServer[],
    private readonly changed: () => void,
  ) {
    this.unsubscribe = client.calls.onSignal((signal) => {
      if (signal.callId === this.callId) void this.received(signal).catch(() => this.changed());
    });
  }

  remotes(): RemotePeer[] {
    return [...this.peers.values()].map((p) => p.peer);
  }

  serverState(): undefined {
    return undefined;
  }

  async bytesReceived(): Promise<number> {
    return inboundBytes(await Promise.all([...this.peers.values()].map((p) => p.pc.getStats().catch(() => undefined))));
  }

  /** Offers to every other joined session: this session just joined. */
  connectToJoined(call: Call): void {
    for (const p of call.participants) {
      if (p.state === "joined" && p.sessionId && p.sessionId !== this.client.sessionId && !this.peers.has(p.sessionId)) {
        void this.offer(p.sessionId, p.userId).catch(() => this.changed());
      }
    }
  }

  /** Closes the connections of sessions that left the call. */
  follow(call: Call): void {
    const joined = new Set(call.participants.filter((p) => p.state === "joined").map((p) => p.sessionId));
    for (const sessionId of [...this.peers.keys()]) {
      if (!joined.has(sessionId)) this.drop(sessionId);
    }
  }

  setMuted(muted: boolean): void {
    this.local.getAudioTracks().forEach((t) => (t.enabled = !muted));
  }

  setCameraOff(off: boolean): void {
    this.local.getVideoTracks().forEach((t) => (t.enabled = !off));
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.unsubscribe();
    for (const sessionId of [...this.peers.keys()]) this.drop(sessionId);
    this.local.getTracks().forEach((t) => t.stop());
  }

  private async offer(sessionId: string, userId: string): Promise<void> {
    const { pc } = this.connection(sessionId, userId);
    await pc.setLocalDescription(await pc.createOffer());
    this.client.calls.signal(this.callId, sessionId, "offer", pc.localDescription?.toJSON());
  }

  private async received(signal: CallSignalEvent): Promise<void> {
    if (this.closed) return;
    const entry = this.connection(signal.fromSessionId, signal.fromUserId);
    const { pc } = entry;
    if (signal.kind === "candidate") {
      const candidate = signal.payload as RTCIceCandidateInit;
      if (pc.remoteDescription) await pc.addIceCandidate(candidate);
      else entry.pending.push(candidate);
      return;
    }
    await pc.setRemoteDescription(signal.payload as RTCSessionDescriptionInit);
    for (const candidate of entry.pending.splice(0)) await pc.addIceCandidate(candidate);
    if (signal.kind === "offer") {
      await pc.setLocalDescription(await pc.createAnswer());
      this.client.calls.signal(this.callId, signal.fromSessionId, "answer", pc.localDescription?.toJSON());
    }
  }

  private connection(sessionId: string, userId: string) {
    const known = this.peers.get(sessionId);
    if (known) return known;
    const pc = new RTCPeerConnection({ iceServers: this.iceServers.map((s) => ({ ...s })) });
    const peer: RemotePeer = { sessionId, userId, stream: new MediaStream(), state: pc.connectionState };
    const entry = { pc, peer, pending: [] as RTCIceCandidateInit[] };
    this.peers.set(sessionId, entry);
    this.local.getTracks().forEach((track) => pc.addTrack(track, this.local));
    pc.onicecandidate = (e) => {
      if (e.candidate) this.client.calls.signal(this.callId, sessionId, "candidate", e.candidate.toJSON());
    };
    pc.ontrack = (e) => {
      if (!peer.stream.getTracks().includes(e.track)) peer.stream.addTrack(e.track);
      this.changed();
    };
    pc.onconnectionstatechange = () => {
      peer.state = pc.connectionState;
      this.changed();
    };
    this.changed();
    return entry;
  }

  private drop(sessionId: string): void {
    const entry = this.peers.get(sessionId);
    if (!entry) return;
    this.peers.delete(sessionId);
    entry.pc.close();
    this.changed();
  }
}
