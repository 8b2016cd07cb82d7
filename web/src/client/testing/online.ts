import { ParleyClient } from "../client";
import type { Room } from "../types";
import { FakeHttp, FakeSockets, flush, message, room } from "./fakes";

/**
 * A client that loaded `rooms` and is online on a fake socket (ready, synced). Rooms' histories
 * hold `history[roomId]` messages; `first` adds HTTP answers that take precedence.
 */
export async function online(
  rooms: Room[],
  history: Record<string, number> = {},
  first: (http: FakeHttp) => void = () => undefined,
) {
  const sockets = new FakeSockets();
  const http = new FakeHttp();
  first(http);
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
  const client = new ParleyClient({
    apiUrl: "http://parley.test/v1",
    wsUrl: "ws://parley.test/v1/ws",
    userId: "ana",
    getToken: async () => "t",
    socketFactory: sockets.factory,
    fetch: http.fetch,
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
