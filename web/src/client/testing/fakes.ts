import type { SocketLike } from "../connection";
import type { Message, Room } from "../types";

/** A WebSocket stand-in: records what the client sends; the test plays the server. */
export class FakeSocket implements SocketLike {
  readyState = 0;
  readonly sent: Record<string, unknown>[] = [];
  onopen: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  onclose: ((ev: { code: number; reason?: string }) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  closedByClient: number | null = null;

  constructor(readonly url: string) {}

  send(data: string): void {
    if (this.readyState !== 1) throw new Error("send on a socket that is not open");
    this.sent.push(JSON.parse(data) as Record<string, unknown>);
  }

  close(code = 1000): void {
    this.closedByClient = code;
    this.readyState = 3;
  }

  // ---- the server's side ----
  open(): void {
    this.readyState = 1;
    this.onopen?.({});
  }

  push(frame: object): void {
    this.onmessage?.({ data: JSON.stringify(frame) });
  }

  drop(code = 1006): void {
    this.readyState = 3;
    this.onclose?.({ code });
  }

  framesOf(type: string): Record<string, unknown>[] {
    return this.sent.filter((f) => f.type === type);
  }
}

/** Creates FakeSockets and keeps them in order. */
export class FakeSockets {
  readonly all: FakeSocket[] = [];
  readonly factory = (url: string): FakeSocket => {
    const s = new FakeSocket(url);
    this.all.push(s);
    return s;
  };
  get last(): FakeSocket {
    const s = this.all[this.all.length - 1];
    if (!s) throw new Error("no socket opened yet");
    return s;
  }
}

type Handler = (url: URL, init: RequestInit | undefined) => { status: number; body?: unknown } | undefined;

/** A fetch stand-in answering from handlers; records every request. */
export class FakeHttp {
  readonly requests: { method: string; url: URL; body: unknown; auth: string | null }[] = [];
  private readonly handlers: Handler[] = [];

  on(handler: Handler): this {
    this.handlers.push(handler);
    return this;
  }

  readonly fetch = async (input: string, init?: RequestInit): Promise<Response> => {
    const url = new URL(input);
    const headers = (init?.headers ?? {}) as Record<string, string>;
    this.requests.push({
      method: init?.method ?? "GET",
      url,
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
      auth: headers.Authorization ?? null,
    });
    for (const h of this.handlers) {
      const answer = h(url, init);
      if (answer) {
        return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
          status: answer.status,
          headers: { "Content-Type": answer.status >= 400 ? "application/problem+json" : "application/json" },
        });
      }
    }
    return new Response(JSON.stringify({ status: 404, code: "not_found" }), { status: 404 });
  };
}

/** A room as the server answers it: unless given, `unreadCount` is `lastSeq − lastReadSeq` (nothing deleted). */
export function room(id: string, lastSeq: number, fields: Partial<Room> = {}): Room {
  const lastReadSeq = fields.lastReadSeq ?? lastSeq;
  return {
    id,
    type: "group",
    name: `Room ${id}`,
    createdBy: "ana",
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
    lastActivityAt: "2026-01-01T00:00:00.000Z",
    lastSeq,
    memberCount: 2,
    role: "member",
    lastReadSeq,
    unreadCount: fields.role === undefined && "role" in fields ? 0 : Math.max(0, lastSeq - lastReadSeq),
    lastChange: 0,
    ...fields,
  };
}

export function message(roomId: string, seq: number, userId = "bob", fields: Partial<Message> = {}): Message {
  return {
    id: `${roomId}-m${seq}`,
    roomId,
    seq,
    userId,
    text: `message ${seq}`,
    attachments: [],
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)).toISOString(),
    ...fields,
  };
}

/** Lets pending promises and microtasks run. */
export async function flush(): Promise<void> {
  for (let round = 0; round < 5; round++) {
    for (let i = 0; i < 20; i++) await Promise.resolve();
    await new Promise<void>((r) => (globalThis as unknown as { setImmediate: (f: () => void) => void }).setImmediate(r));
  }
}
