import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ParleyClient } from "./client";
import { StreamText } from "./streams";
import { FakeHttp, FakeSockets, flush, message, room } from "./testing/fakes";
import type { MessageDeltaEvent } from "./types";

const delta = (offset: number, append: string, seq = 2): MessageDeltaEvent => ({
  type: "message.delta",
  roomId: "r1",
  lastSeq: 2,
  messageId: message("r1", seq).id,
  seq,
  offset,
  append,
});

describe("streamed text", () => {
  it("places each piece at its offset, skips what it holds and waits for what it missed", () => {
    const streams = new StreamText();
    const start = message("r1", 2, "bot", { text: "Hel", streaming: true });

    const grown = streams.apply(start, delta(3, "lo"));
    expect(grown.message?.text).toBe("Hello");
    expect(streams.apply(grown.message!, delta(0, "Hello")).message).toBeUndefined();

    const ahead = streams.apply(grown.message!, delta(9, "!!"));
    expect(ahead).toEqual({ message: undefined, gap: true });
    const filled = streams.apply(grown.message!, delta(5, " you"));
    expect(filled).toEqual({ message: { ...grown.message!, text: "Hello you!!" }, gap: false });
  });

  it("leaves a message that is not streaming alone", () => {
    const streams = new StreamText();
    const done = message("r1", 2, "bot", { text: "Done", streaming: false });
    expect(streams.apply(done, delta(4, " more")).message).toBeUndefined();
  });
});

describe("a streamed reply in the client", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval"] }));
  afterEach(() => vi.useRealTimers());

  it("grows with deltas, reloads after a gap, and ends with the update", async () => {
    const sockets = new FakeSockets();
    const http = new FakeHttp();
    let historyText = "Hi";
    http.on((url) => (url.pathname === "/v1/rooms" ? { status: 200, body: { items: [room("r1", 2)], nextCursor: null } } : undefined));
    http.on((url) =>
      url.pathname === "/v1/rooms/r1/messages"
        ? {
            status: 200,
            body: {
              items: [message("r1", 1), message("r1", 2, "bot", { text: historyText, streaming: true })].filter(
                (m) => !url.searchParams.has("after") || m.seq > Number(url.searchParams.get("after")),
              ),
              hasMore: false,
            },
          }
        : undefined,
    );
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
    await client.loadLatest("r1");

    socket.push(delta(2, " there"));
    await flush();
    expect(client.getTimeline("r1").messages[1]?.text).toBe("Hi there");

    historyText = "Hi there, missed";
    socket.push(delta(16, " and more"));
    await flush();
    await flush();
    expect(client.getTimeline("r1").messages[1]?.text).toBe("Hi there, missed");

    socket.push(delta(16, " and more"));
    await flush();
    expect(client.getTimeline("r1").messages[1]?.text).toBe("Hi there, missed and more");

    const done = message("r1", 2, "bot", { text: "Hi there, missed and more.", streaming: false });
    socket.push({ type: "message.updated", roomId: "r1", lastSeq: 2, seq: 2, message: done });
    await flush();
    expect(client.getTimeline("r1").messages[1]).toMatchObject({ text: "Hi there, missed and more.", streaming: false });
  });
});
