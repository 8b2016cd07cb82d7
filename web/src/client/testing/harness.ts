/** The ParleyClient tests' harness: a client wired to fake sockets and a fake REST server that plays along. */
import { afterEach, beforeEach, vi } from "vitest";
import { ParleyClient } from "../client";
import type { Message, Room } from "../types";
import type { XhrFactory } from "../uploads";
import { FakeHttp, FakeSockets, flush, message, room } from "./fakes";

export const API = "http://parley.test/v1";

export interface Harness {
  client: ParleyClient;
  sockets: FakeSockets;
  http: FakeHttp;
  tokens: string[];
  newMessages: Message[];
  /** Messages the fake server stores per room (for history paging). */
  history: Map<string, Message[]>;
}

export async function startClient(rooms: Room[], tokenSequence = ["t1", "t2", "t3"]): Promise<Harness> {
  const sockets = new FakeSockets();
  const http = new FakeHttp();
  const history = new Map<string, Message[]>();
  const tokens: string[] = [];
  http.on((url) => (url.pathname === "/v1/rooms" ? { status: 200, body: { items: rooms, nextCursor: null } } : undefined));
  http.on((url) => {
    const m = /^\/v1\/rooms\/([^/]+)\/messages$/.exec(url.pathname);
    if (!m) return undefined;
    const all = history.get(m[1]!) ?? [];
    const limit = Number(url.searchParams.get("limit") ?? 50);
    const before = url.searchParams.get("before");
    const after = url.searchParams.get("after");
    if (after !== null) {
      const items = all.filter((x) => x.seq > Number(after)).slice(0, limit);
      return { status: 200, body: { items, hasMore: all.some((x) => x.seq > (items.at(-1)?.seq ?? Infinity)) } };
    }
    const below = before === null ? all : all.filter((x) => x.seq < Number(before));
    const items = below.slice(-limit);
    return { status: 200, body: { items, hasMore: below.length > items.length } };
  });
  let next = 0;
  const client = new ParleyClient({
    apiUrl: API,
    wsUrl: "ws://parley.test/v1/ws",
    userId: "ana",
    getToken: async () => {
      const t = tokenSequence[Math.min(next++, tokenSequence.length - 1)]!;
      tokens.push(t);
      return t;
    },
    socketFactory: sockets.factory,
    fetch: http.fetch,
    random: () => 0.5,
  });
  const newMessages: Message[] = [];
  client.on("message.new", (m) => newMessages.push(m));
  await client.start();
  await flush();
  return { client, sockets, http, tokens, newMessages, history };
}

/** Plays the server's side of a connect: open, ready, then answers the sync with `replay` and sync.done. */
export async function serverAccepts(h: Harness, replay: object[] = []): Promise<void> {
  const socket = h.sockets.last;
  socket.open();
  socket.push({ type: "ready", userId: "ana", sessionId: `s${h.sockets.all.length}` });
  socket.push({ type: "presence.snapshot", online: [] });
  for (const frame of replay) socket.push(frame);
  socket.push({ type: "sync.done" });
  await flush();
}

export function seqs(h: Harness, roomId: string): number[] {
  return h.client.getTimeline(roomId).messages.map((m) => m.seq);
}

export function newEvent(m: Message, lastSeq = m.seq): object {
  return { type: "message.new", roomId: m.roomId, lastSeq, seq: m.seq, message: m };
}

/** Fakes the timers and the clock for every test of the calling file. */
export function useFakeClock(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

/**
 * A client that is online: the fake server lists `rooms`, answers history with `history[roomId]`
 * generated messages and a room's GET with a room named "Fetched"; tokens come from `tokens`.
 */
export async function onlineClient(
  rooms: Room[],
  options: { history?: Record<string, number>; tokens?: string[]; xhr?: XhrFactory } = {},
) {
  const sockets = new FakeSockets();
  const http = new FakeHttp();
  const history = options.history ?? {};
  const tokens = options.tokens ?? ["t"];
  http.on((url) => (url.pathname === "/v1/rooms" ? { status: 200, body: { items: rooms, nextCursor: null } } : undefined));
  http.on((url) => {
    const m = /^\/v1\/rooms\/([^/]+)\/messages$/.exec(url.pathname);
    if (!m) return undefined;
    const n = history[m[1]!] ?? 0;
    return { status: 200, body: { items: Array.from({ length: n }, (_, i) => message(m[1]!, i + 1)), hasMore: false } };
  });
  http.on((url) => {
    const m = /^\/v1\/rooms\/([^/]+)$/.exec(url.pathname);
    return m ? { status: 200, body: room(m[1]!, 0, { name: "Fetched" }) } : undefined;
  });
  let next = 0;
  const client = new ParleyClient({
    apiUrl: "http://parley.test/v1",
    wsUrl: "ws://parley.test/v1/ws",
    userId: "ana",
    getToken: async () => tokens[Math.min(next++, tokens.length - 1)]!,
    socketFactory: sockets.factory,
    fetch: http.fetch,
    ...(options.xhr ? { xhr: options.xhr } : {}),
    random: () => 0.5,
  });
  await client.start();
  await flush();
  const socket = sockets.last;
  socket.open();
  socket.push({ type: "ready", userId: "ana", sessionId: "s" });
  socket.push({ type: "sync.done" });
  await flush();
  return { client, socket, sockets, http };
}
