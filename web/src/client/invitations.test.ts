import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ParleyClient } from "./client";
import { FakeHttp, FakeSockets, flush } from "./testing/fakes";
import type { Invitation } from "./types";

function invitation(id: string, fields: Partial<Invitation> = {}): Invitation {
  return {
    id,
    roomId: "r-" + id,
    roomName: "Room " + id,
    inviterId: "bob",
    inviteeId: "ana",
    status: "pending",
    createdAt: "2026-01-01T00:00:00.000Z",
    ...fields,
  };
}

async function online(pending: Invitation[]) {
  const sockets = new FakeSockets();
  const http = new FakeHttp();
  http.on((url) => (url.pathname === "/v1/rooms" ? { status: 200, body: { items: [], nextCursor: null } } : undefined));
  http.on((url) => (url.pathname === "/v1/invitations" ? { status: 200, body: { items: pending } } : undefined));
  http.on((url, init) => {
    const m = /^\/v1\/invitations\/([^/]+)\/(accept|decline)$/.exec(url.pathname);
    if (!m || init?.method !== "POST") return undefined;
    const status = m[2] === "accept" ? "accepted" : "declined";
    return { status: 200, body: invitation(m[1]!, { status, answeredAt: "2026-01-01T00:01:00.000Z" }) };
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
  return { client, socket, http };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval"] });
});
afterEach(() => vi.useRealTimers());

describe("invitations", () => {
  it("loads the pending invitations at start and keeps them live from invitation.changed", async () => {
    const { client, socket } = await online([invitation("i1")]);
    expect(client.invitations.received().map((i) => i.id)).toEqual(["i1"]);

    socket.push({ type: "invitation.changed", invitation: invitation("i2") });
    await flush();
    expect(client.invitations.received().map((i) => i.id)).toEqual(["i1", "i2"]);

    socket.push({ type: "invitation.changed", invitation: invitation("i1", { status: "cancelled" }) });
    await flush();
    expect(client.invitations.received().map((i) => i.id)).toEqual(["i2"]);
  });

  it("ignores invitations the user sent in the received list", async () => {
    const { client, socket } = await online([]);
    socket.push({ type: "invitation.changed", invitation: invitation("i3", { inviterId: "ana", inviteeId: "bob" }) });
    await flush();
    expect(client.invitations.received()).toEqual([]);
  });

  it("accepting or declining answers over REST and drops the invitation", async () => {
    const { client, http } = await online([invitation("i1"), invitation("i2")]);

    await client.invitations.accept("i1");
    await client.invitations.decline("i2");

    expect(client.invitations.received()).toEqual([]);
    const answers = http.requests.filter((r) => r.method === "POST").map((r) => r.url.pathname);
    expect(answers).toEqual(["/v1/invitations/i1/accept", "/v1/invitations/i2/decline"]);
  });
});
