import { describe, expect, it, vi } from "vitest";
import { flush } from "./testing/fakes";
import { serverAccepts, startClient, useFakeClock } from "./testing/harness";
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

/** A connected client whose server holds `pending` invitations for ana and answers accept/decline. */
async function online(pending: Invitation[]) {
  const h = await startClient([]);
  h.http.on((url) => (url.pathname === "/v1/invitations" ? { status: 200, body: { items: pending } } : undefined));
  h.http.on((url, init) => {
    const m = /^\/v1\/invitations\/([^/]+)\/(accept|decline)$/.exec(url.pathname);
    if (!m || init?.method !== "POST") return undefined;
    const status = m[2] === "accept" ? "accepted" : "declined";
    return { status: 200, body: invitation(m[1]!, { status, answeredAt: "2026-01-01T00:01:00.000Z" }) };
  });
  await h.client.invitations.load();
  await serverAccepts(h);
  return { client: h.client, socket: h.sockets.last, http: h.http };
}

useFakeClock();

describe("invitations", () => {
  it("lists the pending invitations and keeps them live from invitation.changed", async () => {
    const { client, socket } = await online([invitation("i1")]);
    expect(client.invitations.received().map((i) => i.id)).toEqual(["i1"]);

    socket.push({ type: "invitation.changed", invitation: invitation("i2") });
    await flush();
    expect(client.invitations.received().map((i) => i.id)).toEqual(["i1", "i2"]);

    socket.push({ type: "invitation.changed", invitation: invitation("i1", { status: "cancelled" }) });
    await flush();
    expect(client.invitations.received().map((i) => i.id)).toEqual(["i2"]);
  });

  it("reads the invitations once the connection is up: one sent while it was coming up shows too", async () => {
    const h = await startClient([]);
    const pending: Invitation[] = [];
    h.http.on((url) => (url.pathname === "/v1/invitations" ? { status: 200, body: { items: pending } } : undefined));
    pending.push(invitation("i1")); // before the server registered the connection: no frame brings it
    await serverAccepts(h);
    expect(h.client.invitations.received().map((i) => i.id)).toEqual(["i1"]);

    h.sockets.last.drop(1006);
    pending.push(invitation("i2")); // while the connection is down
    await vi.advanceTimersByTimeAsync(1_000);
    expect(h.sockets.all).toHaveLength(2);
    await serverAccepts(h);
    expect(h.client.invitations.received().map((i) => i.id)).toEqual(["i1", "i2"]);
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
