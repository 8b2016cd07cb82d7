import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { StreamText } from "./streams";
import { flush, message, room } from "./testing/fakes";
import { online } from "./testing/online";
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
    let historyText = "Hi";
    const { client, socket } = await online([room("r1", 2)], {}, (http) =>
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
      ),
    );
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
