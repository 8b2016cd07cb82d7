import { backoffDelay, restartDelay } from "./backoff";
import type { ReadyProbe } from "./readyProbe";
import type { TokenSource } from "./token";
import type { AuthFrame, ClientFrame, ServerFrame } from "./types";

/** The part of the browser WebSocket the client uses; tests hand in a fake. */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: { code: number; reason?: string }) => void) | null;
  onerror: ((ev: unknown) => void) | null;
}

export type SocketFactory = (url: string) => SocketLike;

/**
 * `connecting`: opening the socket and authenticating; `syncing`: authenticated, catching up;
 * `online`: caught up, live; `offline`: waiting to reconnect; `unauthorized`: no usable token;
 * `stopped`: closed by the application.
 */
export type ConnectionState = "idle" | "connecting" | "syncing" | "online" | "offline" | "unauthorized" | "stopped";

export interface ConnectionHandlers {
  /** `ready` arrived: the session is authenticated. */
  onReady(frame: Extract<ServerFrame, { type: "ready" }>): void;
  onFrame(frame: ServerFrame): void;
  /** The socket is gone (unexpectedly); a reconnect is scheduled unless the state says otherwise. */
  onDrop(code: number): void;
  onState(state: ConnectionState): void;
}

export interface ConnectionOptions {
  wsUrl: string;
  tokens: TokenSource;
  socketFactory: SocketFactory;
  random: () => number;
  /** Ping period; the protocol closes sessions idle for 60 s. */
  pingIntervalMs: number;
  /** A ping not answered within this time means the socket is dead. */
  pongTimeoutMs: number;
  /** No `ready` this long after the socket opened: give up on it and reconnect. */
  readyTimeoutMs: number;
  /** Asks the server whether it is back while a reconnect waits; none = backoff only. */
  probe?: ReadyProbe | undefined;
}

const OPEN = 1;
/** Local close code for a socket that stopped answering pings. */
export const CLOSE_DEAD = 4000;

/** One WebSocket at a time: authenticates, pings, and reconnects with backoff when it drops. */
export class Connection {
  private socket: SocketLike | null = null;
  private state: ConnectionState = "idle";
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private pingTimer: ReturnType<typeof setInterval> | null = null;
  private pongTimer: ReturnType<typeof setTimeout> | null = null;
  private readyTimer: ReturnType<typeof setTimeout> | null = null;
  private usedToken: string | null = null;
  private pingCount = 0;

  constructor(
    private readonly options: ConnectionOptions,
    private readonly handlers: ConnectionHandlers,
  ) {}

  getState(): ConnectionState {
    return this.state;
  }

  start(): void {
    if (this.state !== "idle" && this.state !== "stopped" && this.state !== "unauthorized") return;
    this.attempt = 0;
    void this.open();
  }

  stop(): void {
    this.clearTimers();
    this.options.probe?.stop();
    this.setState("stopped");
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      detach(socket);
      socket.close(1000, "client closed");
    }
  }

  /** The application caught up after a (re)connect: the next drop starts the backoff afresh. */
  markOnline(): void {
    this.attempt = 0;
    this.setState("online");
  }

  markSyncing(): void {
    this.setState("syncing");
  }

  /** Sends a frame when the socket is open and authenticated; returns false otherwise. */
  send(frame: ClientFrame): boolean {
    const socket = this.socket;
    if (!socket || socket.readyState !== OPEN || (this.state !== "syncing" && this.state !== "online")) return false;
    socket.send(JSON.stringify(frame));
    return true;
  }

  /** Reconnect now instead of waiting (the browser came back online, the user asked). */
  reconnectNow(): void {
    if (this.state !== "offline") return;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    void this.open();
  }

  private async open(): Promise<void> {
    this.options.probe?.stop();
    this.setState("connecting");
    let token: string;
    try {
      token = await this.options.tokens.get();
    } catch {
      this.setState("unauthorized");
      return;
    }
    if (this.state !== "connecting") return;
    this.usedToken = token;
    const socket = this.options.socketFactory(this.options.wsUrl);
    this.socket = socket;
    socket.onopen = () => {
      const auth: AuthFrame = { type: "auth", token };
      socket.send(JSON.stringify(auth));
      this.readyTimer = setTimeout(() => this.abandon(socket, "no ready"), this.options.readyTimeoutMs);
    };
    socket.onmessage = (ev) => this.receive(ev.data);
    socket.onerror = () => {
      /* a close follows */
    };
    socket.onclose = (ev) => this.closed(socket, ev.code);
  }

  private receive(data: unknown): void {
    if (typeof data !== "string") return;
    let frame: ServerFrame;
    try {
      frame = JSON.parse(data) as ServerFrame;
    } catch {
      return;
    }
    if (!frame || typeof frame !== "object" || typeof frame.type !== "string") return;
    if (frame.type === "ready") {
      if (this.readyTimer) clearTimeout(this.readyTimer);
      this.readyTimer = null;
      this.setState("syncing");
      this.startPing();
      this.handlers.onReady(frame);
      return;
    }
    if (frame.type === "pong") {
      if (this.pongTimer) clearTimeout(this.pongTimer);
      this.pongTimer = null;
      return;
    }
    this.handlers.onFrame(frame);
  }

  private closed(socket: SocketLike, code: number): void {
    if (socket !== this.socket) return;
    detach(socket);
    this.socket = null;
    this.clearTimers();
    if (this.state === "stopped") return;
    this.setState("offline");
    this.handlers.onDrop(code);
    if (code === 4401) {
      void this.refreshThenRetry();
    } else if (code === 1012) {
      this.schedule(restartDelay(this.options.random));
    } else {
      this.schedule(backoffDelay(this.attempt++, this.options.random));
    }
  }

  private async refreshThenRetry(): Promise<void> {
    try {
      await this.options.tokens.refresh(this.usedToken);
    } catch {
      if (this.state === "offline") this.setState("unauthorized");
      return;
    }
    if (this.state === "offline") this.schedule(backoffDelay(this.attempt++, this.options.random));
  }

  private schedule(delayMs: number): void {
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.state === "offline") void this.open();
    }, delayMs);
    // a server back before the backoff ends: reconnect as soon as /ready says so
    this.options.probe?.start(() => this.reconnectNow());
  }

  private startPing(): void {
    this.pingTimer = setInterval(() => {
      const ref = `p${++this.pingCount}`;
      if (!this.send({ type: "ping", ref })) return;
      if (this.pongTimer) return;
      this.pongTimer = setTimeout(() => {
        this.pongTimer = null;
        if (this.socket) this.abandon(this.socket, "no pong");
      }, this.options.pongTimeoutMs);
    }, this.options.pingIntervalMs);
  }

  /** Closes a socket that stopped answering and handles it as dropped. */
  private abandon(socket: SocketLike, reason: string): void {
    if (socket !== this.socket) return;
    socket.close(CLOSE_DEAD, reason);
    this.closed(socket, CLOSE_DEAD);
  }

  private clearTimers(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.pingTimer) clearInterval(this.pingTimer);
    if (this.pongTimer) clearTimeout(this.pongTimer);
    if (this.readyTimer) clearTimeout(this.readyTimer);
    this.retryTimer = this.pingTimer = this.pongTimer = this.readyTimer = null;
  }

  private setState(state: ConnectionState): void {
    if (this.state === state) return;
    this.state = state;
    this.handlers.onState(state);
  }
}

function detach(socket: SocketLike): void {
  socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null;
}
