import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ParleyClient } from "../../client";

/** livekit-client's Room, as far as LiveKitCall uses it: a unit-level stand-in (the browser test talks to the real library). */
const rooms: FakeRoom[] = [];
class FakeRoom {
  private readonly handlers = new Map<string, ((...args: never[]) => void)[]>();
  readonly remoteParticipants = new Map<string, unknown>();
  readonly published: { track: FakeTrack; source: string }[] = [];
  readonly muted: string[] = [];
  connectedWith?: [string, string];
  refuse?: Error;
  disconnected = false;
  readonly localParticipant = {
    audioTrackPublications: new Map<string, unknown>(),
    videoTrackPublications: new Map<string, unknown>(),
    publishTrack: async (track: FakeTrack, options: { source: string }) => {
      this.published.push({ track, source: options.source });
      const publication = {
        mute: async () => void this.muted.push(track.kind),
        unmute: async () => void this.muted.splice(this.muted.indexOf(track.kind), 1),
      };
      const kind = track.kind === "audio" ? "audioTrackPublications" : "videoTrackPublications";
      this.localParticipant[kind].set(track.id, publication);
    },
  };
  constructor() {
    rooms.push(this);
  }
  on(event: string, handler: (...args: never[]) => void): this {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
    return this;
  }
  emit(event: string, ...args: unknown[]): void {
    this.handlers.get(event)?.forEach((handler) => (handler as (...a: unknown[]) => void)(...args));
  }
  async connect(url: string, token: string) {
    if (this.refuse) throw this.refuse;
    this.connectedWith = [url, token];
    this.emit("connectionStateChanged", "connected");
  }
  async disconnect() {
    this.disconnected = true;
  }
}

vi.mock("livekit-client", () => ({
  Room: FakeRoom,
  RoomEvent: {
    ParticipantConnected: "participantConnected",
    ParticipantDisconnected: "participantDisconnected",
    TrackSubscribed: "trackSubscribed",
    TrackUnsubscribed: "trackUnsubscribed",
    ConnectionStateChanged: "connectionStateChanged",
  },
  ConnectionState: {
    Disconnected: "disconnected",
    Connecting: "connecting",
    Connected: "connected",
    Reconnecting: "reconnecting",
    SignalReconnecting: "signalReconnecting",
  },
  Track: { Source: { Camera: "camera", Microphone: "microphone" } },
}));

class FakeTrack {
  enabled = true;
  stopped = false;
  constructor(
    readonly kind: "audio" | "video",
    readonly id = `${kind}-${Math.random()}`,
  ) {}
  stop() {
    this.stopped = true;
  }
}

class FakeStream {
  private readonly tracks: FakeTrack[];
  constructor(tracks: FakeTrack[] = []) {
    this.tracks = [...tracks];
  }
  getTracks() {
    return [...this.tracks];
  }
  getAudioTracks() {
    return this.tracks.filter((t) => t.kind === "audio");
  }
  getVideoTracks() {
    return this.tracks.filter((t) => t.kind === "video");
  }
  addTrack(track: FakeTrack) {
    this.tracks.push(track);
  }
  removeTrack(track: FakeTrack) {
    this.tracks.splice(this.tracks.indexOf(track), 1);
  }
}
vi.stubGlobal("MediaStream", FakeStream);

const { LiveKitCall } = await import("./LiveKitCall");

function client(answer: () => Promise<{ token: string; url: string }>): ParleyClient {
  return { rest: { liveKitToken: vi.fn(answer) } } as unknown as ParleyClient;
}

function remote(sid: string, identity: string) {
  return { sid, identity };
}

function remoteTrack(kind: "audio" | "video") {
  const mediaStreamTrack = new FakeTrack(kind);
  return { mediaStreamTrack, getRTCStatsReport: async () => undefined };
}

describe("a LiveKit call", () => {
  beforeEach(() => {
    rooms.length = 0;
  });

  it("joins with the token Parley minted for the call and publishes the microphone and camera", async () => {
    const mic = new FakeTrack("audio");
    const camera = new FakeTrack("video");
    const parley = client(async () => ({ token: "jwt", url: "wss://livekit.example" }));
    const call = new LiveKitCall(parley, "c1", new FakeStream([mic, camera]) as unknown as MediaStream, () => undefined);

    await call.connect();

    expect(parley.rest.liveKitToken).toHaveBeenCalledWith("c1");
    expect(rooms[0]!.connectedWith).toEqual(["wss://livekit.example", "jwt"]);
    expect(rooms[0]!.published.map((p) => p.source)).toEqual(["microphone", "camera"]);
    expect(call.serverState()).toBe("connected");
  });

  it("shows each other participant with the tracks LiveKit hands it, and forgets those who leave", async () => {
    const changed = vi.fn();
    const call = new LiveKitCall(client(async () => ({ token: "t", url: "wss://l" })), "c1",
      new FakeStream() as unknown as MediaStream, changed);
    await call.connect();
    const room = rooms[0]!;
    const bob = remote("PA_bob", "bob");
    const audio = remoteTrack("audio");
    const video = remoteTrack("video");

    room.emit("trackSubscribed", audio, {}, bob);
    room.emit("trackSubscribed", video, {}, bob);

    expect(call.remotes()).toHaveLength(1);
    expect(call.remotes()[0]!.userId).toBe("bob");
    expect(call.remotes()[0]!.stream.getTracks()).toEqual([audio.mediaStreamTrack, video.mediaStreamTrack]);
    room.emit("trackUnsubscribed", video, {}, bob);
    expect(call.remotes()[0]!.stream.getTracks()).toEqual([audio.mediaStreamTrack]);
    room.emit("participantDisconnected", bob);
    expect(call.remotes()).toEqual([]);
    expect(changed).toHaveBeenCalled();
  });

  it("reads LiveKit's reconnecting as reconnecting and a lost connection as failed", async () => {
    const call = new LiveKitCall(client(async () => ({ token: "t", url: "wss://l" })), "c1",
      new FakeStream() as unknown as MediaStream, () => undefined);
    await call.connect();

    rooms[0]!.emit("connectionStateChanged", "reconnecting");
    expect(call.serverState()).toBe("disconnected");
    rooms[0]!.emit("connectionStateChanged", "disconnected");
    expect(call.serverState()).toBe("failed");
  });

  it("fails plainly when the server refuses, or when Parley gives no token", async () => {
    const refused = new LiveKitCall(client(async () => ({ token: "t", url: "wss://l" })), "c1",
      new FakeStream() as unknown as MediaStream, () => undefined);
    rooms[0]!.refuse = new Error("could not establish signal connection");
    await expect(refused.connect()).rejects.toThrow("could not establish signal connection");
    expect(refused.serverState()).toBe("failed");

    const noToken = new LiveKitCall(client(async () => Promise.reject(new Error("call_not_found"))), "c2",
      new FakeStream() as unknown as MediaStream, () => undefined);
    await expect(noToken.connect()).rejects.toThrow("call_not_found");
    expect(noToken.serverState()).toBe("failed");
  });

  it("mutes the published tracks, and stops the media and leaves the room on hang up", async () => {
    const mic = new FakeTrack("audio");
    const camera = new FakeTrack("video");
    const call = new LiveKitCall(client(async () => ({ token: "t", url: "wss://l" })), "c1",
      new FakeStream([mic, camera]) as unknown as MediaStream, () => undefined);
    await call.connect();
    const room = rooms[0]!;

    call.setMuted(true);
    call.setCameraOff(true);
    await Promise.resolve();
    expect(mic.enabled).toBe(false);
    expect(camera.enabled).toBe(false);
    expect(room.muted.sort()).toEqual(["audio", "video"]);
    call.setMuted(false);
    await Promise.resolve();
    expect(mic.enabled).toBe(true);
    expect(room.muted).toEqual(["video"]);

    call.close();
    expect(room.disconnected).toBe(true);
    expect(mic.stopped && camera.stopped).toBe(true);
  });
});
