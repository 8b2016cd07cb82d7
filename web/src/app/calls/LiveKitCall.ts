import {
  ConnectionState,
  Room,
  RoomEvent,
  Track,
  type RemoteParticipant,
  type RemoteTrack,
} from "livekit-client";
import type { ParleyClient } from "../../client";
import { inboundBytes, type CallConnection, type RemotePeer } from "./CallConnection";

/**
 * A call through a LiveKit server: this session fetches an access token from Parley
 * (`POST /v1/calls/{id}/livekit-token`), joins the LiveKit room named by the call's id with
 * `livekit-client`, publishes its microphone (and camera) and plays what the others publish.
 */
export class LiveKitCall implements CallConnection {
  private readonly room = new Room({ adaptiveStream: false, dynacast: true });
  private readonly peers = new Map<string, { peer: RemotePeer; tracks: Set<RemoteTrack> }>();
  private state: RTCPeerConnectionState = "connecting";
  private closed = false;

  constructor(
    private readonly client: ParleyClient,
    readonly callId: string,
    readonly local: MediaStream,
    private readonly changed: () => void,
  ) {
    this.room
      .on(RoomEvent.ParticipantConnected, (p) => this.peer(p))
      .on(RoomEvent.ParticipantDisconnected, (p) => this.forget(p))
      .on(RoomEvent.TrackSubscribed, (track, _publication, p) => this.subscribed(track, p))
      .on(RoomEvent.TrackUnsubscribed, (track, _publication, p) => this.unsubscribed(track, p))
      .on(RoomEvent.ConnectionStateChanged, (state) => this.moved(state));
  }

  /** Fetches the token, connects and publishes the local tracks; a failure shows as "The connection failed". */
  async connect(): Promise<void> {
    try {
      const { token, url } = await this.client.rest.liveKitToken(this.callId);
      if (this.closed) return;
      await this.room.connect(url, token);
      this.room.remoteParticipants.forEach((p) => this.peer(p));
      for (const track of this.local.getTracks()) {
        const source = track.kind === "video" ? Track.Source.Camera : Track.Source.Microphone;
        await this.room.localParticipant.publishTrack(track, { source });
      }
    } catch (e) {
      if (this.closed) return;
      this.state = "failed";
      this.changed();
      throw e;
    }
  }

  remotes(): RemotePeer[] {
    return [...this.peers.values()].map((p) => p.peer);
  }

  serverState(): RTCPeerConnectionState {
    return this.state;
  }

  follow(): void {
    // LiveKit tells who is in its room: participants come and go with its own events.
  }

  setMuted(muted: boolean): void {
    this.local.getAudioTracks().forEach((t) => (t.enabled = !muted));
    this.room.localParticipant.audioTrackPublications.forEach((pub) => void (muted ? pub.mute() : pub.unmute()).catch(() => undefined));
  }

  setCameraOff(off: boolean): void {
    this.local.getVideoTracks().forEach((t) => (t.enabled = !off));
    this.room.localParticipant.videoTrackPublications.forEach((pub) => void (off ? pub.mute() : pub.unmute()).catch(() => undefined));
  }

  async bytesReceived(): Promise<number> {
    const tracks = [...this.peers.values()].flatMap((p) => [...p.tracks]);
    return inboundBytes(await Promise.all(tracks.map((t) => t.getRTCStatsReport().catch(() => undefined))));
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    void this.room.disconnect().catch(() => undefined);
    this.local.getTracks().forEach((t) => t.stop());
  }

  private peer(p: RemoteParticipant) {
    const known = this.peers.get(p.sid);
    if (known) return known;
    const entry = {
      peer: { sessionId: p.sid, userId: p.identity, stream: new MediaStream(), state: "connected" as const },
      tracks: new Set<RemoteTrack>(),
    };
    this.peers.set(p.sid, entry);
    this.changed();
    return entry;
  }

  private forget(p: RemoteParticipant): void {
    if (this.peers.delete(p.sid)) this.changed();
  }

  private subscribed(track: RemoteTrack, p: RemoteParticipant): void {
    const { peer, tracks } = this.peer(p);
    tracks.add(track);
    if (!peer.stream.getTracks().includes(track.mediaStreamTrack)) peer.stream.addTrack(track.mediaStreamTrack);
    this.changed();
  }

  private unsubscribed(track: RemoteTrack, p: RemoteParticipant): void {
    const entry = this.peers.get(p.sid);
    if (!entry) return;
    entry.tracks.delete(track);
    entry.peer.stream.removeTrack(track.mediaStreamTrack);
    this.changed();
  }

  private moved(state: ConnectionState): void {
    if (this.closed) return;
    this.state = serverState(state, this.state);
    this.changed();
  }
}

/** LiveKit's connection state, as the in-call view reads connections. */
function serverState(state: ConnectionState, before: RTCPeerConnectionState): RTCPeerConnectionState {
  switch (state) {
    case ConnectionState.Connected:
      return "connected";
    case ConnectionState.Connecting:
      return "connecting";
    case ConnectionState.Reconnecting:
    case ConnectionState.SignalReconnecting:
      return "disconnected";
    case ConnectionState.Disconnected:
      return before === "connecting" ? before : "failed";
  }
}
