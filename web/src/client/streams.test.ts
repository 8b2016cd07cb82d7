import { describe, expect, it } from "vitest";
import { StreamText } from "./streams";
import { flush, message, room } from "./testing/fakes";
import { serverAccepts, startClient, useFakeClock } from "./testing/harness";
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
  useFakeClock();

  it("grows with deltas, reloads after a gap, and ends with the update", async () => {
    const h = await startClient([room("r1", 2)]);
    const stored = message("r1", 2, "bot", { text: "Hi", streaming: true });
    h.history.set("r1", [message("r1", 1), stored]);
    await serverAccepts(h);
    await h.client.loadLatest("r1");
    const socket = h.sockets.last;
    const text = () => h.client.getTimeline("r1").messages[1]?.text;

    socket.push(delta(2, " there"));
    await flush();
    expect(text()).toBe("Hi there");

    h.history.set("r1", [message("r1", 1), { ...stored, text: "Hi there, missed" }]);
    socket.push(delta(16, " and more"));
    await flush();
    await flush();
    expect(text()).toBe("Hi there, missed");

    socket.push(delta(16, " and more"));
    await flush();
    expect(text()).toBe("Hi there, missed and more");

    const done = message("r1", 2, "bot", { text: "Hi there, missed and more.", streaming: false });
    socket.push({ type: "message.updated", roomId: "r1", lastSeq: 2, seq: 2, message: done });
    await flush();
    expect(h.client.getTimeline("r1").messages[1]).toMatchObject({ text: "Hi there, missed and more.", streaming: false });
  });
});
