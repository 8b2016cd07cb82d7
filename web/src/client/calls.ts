import { Emitter } from "./emitter";
import type { RestApi } from "./rest";
import type { Call, CallMedia, CallSignalEvent, CallSignalKind, ClientFrame } from "./types";

export interface CallControlDeps {
  rest: RestApi;
  send(frame: ClientFrame): void;
  /** The signed-in user. */
  me(): string;
  /** This connection's session (from `ready`); empty before it. */
  sessionId(): string;
  changed(): void;
}

interface CallEvents extends Record<string, unknown> {
  signal: CallSignalEvent;
}

/**
 * The calls this client knows of (from `call.updated` events and its own REST calls) and the
 * call actions: start, answer, decline, hang up, and the WebRTC signals of this session.
 */
export class CallControl {
  private readonly calls = new Map<string, Call>();
  private readonly emitter = new Emitter<CallEvents>();
  /** Changes whenever a call changes (for memoised views). */
  version = 0;

  constructor(private readonly deps: CallControlDeps) {}

  /** Keeps the newest state of a call; an ended call never comes back to life. */
  apply(call: Call): void {
    const known = this.calls.get(call.id);
    if (known && known.state === "ended" && call.state !== "ended") return;
    if (known && known.state === "active" && call.state === "ringing") return;
    this.calls.set(call.id, call);
    this.version++;
    this.deps.changed();
  }

  /** Reads the user's live calls (a client opened while a call rings shows it). */
  async load(): Promise<void> {
    const { items } = await this.deps.rest.liveCalls();
    items.forEach((call) => this.apply(call));
  }

  /** A signal for this session, from the server. */
  received(signal: CallSignalEvent): void {
    this.emitter.emit("signal", signal);
  }

  onSignal(handler: (signal: CallSignalEvent) => void): () => void {
    return this.emitter.on("signal", handler);
  }

  get(callId: string): Call | undefined {
    return this.calls.get(callId);
  }

  /** The live calls that ring for this user (none once they answered on any device). */
  ringing(): Call[] {
    const me = this.deps.me();
    return [...this.calls.values()].filter(
      (c) => c.state !== "ended" && c.participants.some((p) => p.userId === me && p.state === "ringing"),
    );
  }

  /** The live call this session is in, if any. */
  current(): Call | undefined {
    const me = this.deps.me();
    const session = this.deps.sessionId();
    return [...this.calls.values()].find(
      (c) =>
        c.state !== "ended" &&
        c.participants.some((p) => p.userId === me && p.state === "joined" && (!p.sessionId || p.sessionId === session)),
    );
  }

  /** The live call of a room, if any. */
  inRoom(roomId: string): Call | undefined {
    return [...this.calls.values()].find((c) => c.roomId === roomId && c.state !== "ended");
  }

  async start(roomId: string, media: CallMedia): Promise<Call> {
    return this.keep(await this.deps.rest.startCall(roomId, media, this.session()));
  }

  async accept(callId: string): Promise<Call> {
    return this.keep(await this.deps.rest.acceptCall(callId, this.session()));
  }

  async reject(callId: string): Promise<Call> {
    return this.keep(await this.deps.rest.rejectCall(callId));
  }

  async hangup(callId: string): Promise<Call> {
    return this.keep(await this.deps.rest.hangupCall(callId));
  }

  /** Sends a WebRTC offer, answer or ICE candidate to one session of another participant. */
  signal(callId: string, toSessionId: string, kind: CallSignalKind, payload: unknown): void {
    this.deps.send({ type: "call.signal", callId, toSessionId, kind, payload });
  }

  private session(): string | undefined {
    return this.deps.sessionId() || undefined;
  }

  private keep(call: Call): Call {
    this.apply(call);
    return this.calls.get(call.id) ?? call;
  }
}
