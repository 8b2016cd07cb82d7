import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { flush, room } from "./testing/fakes";
import { onlineClient } from "./testing/harness";
import type { FileObject, Room } from "./types";
import { UPLOAD_CANCELLED, voiceName, type XhrLike } from "./uploads";

/** An XMLHttpRequest that records what it was asked and answers when the test says so. */
class FakeXhr implements XhrLike {
  static all: FakeXhr[] = [];
  method = "";
  url = "";
  headers: Record<string, string> = {};
  body: FormData | null = null;
  status = 0;
  responseText = "";
  aborted = false;
  upload: XhrLike["upload"] = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;

  constructor() {
    FakeXhr.all.push(this);
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: FormData) {
    this.body = body;
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ loaded, total, lengthComputable: true });
  }
  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

const image: FileObject = {
  id: "f1",
  roomId: "r1",
  name: "cat.png",
  size: 2048,
  mimeType: "image/png",
  kind: "image",
  width: 640,
  height: 480,
  url: "/v1/files/f1/original?expires=1&signature=s",
  thumbnailUrl: "/v1/files/f1/thumbnail?expires=1&signature=s",
  createdAt: "2026-01-01T00:00:00.000Z",
};

function online(rooms: Room[], tokens = ["t1", "t2"]) {
  return onlineClient(rooms, { tokens, xhr: () => new FakeXhr() });
}

beforeEach(() => {
  FakeXhr.all = [];
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval"] });
});
afterEach(() => vi.useRealTimers());

describe("uploads", () => {
  it("sends the file as the multipart field upload, reports progress and answers the file object", async () => {
    const { client } = await online([room("r1", 0)]);
    const seen: number[] = [];
    const uploading = client.upload("r1", new Blob(["png"], { type: "image/png" }), {
      name: "cat.png",
      onProgress: ({ loaded, total }) => seen.push(loaded / total),
    });
    await flush();
    const xhr = FakeXhr.all[0]!;
    xhr.progress(512, 2048);
    xhr.progress(2048, 2048);
    xhr.answer(201, image);

    expect(await uploading).toEqual(image);
    expect(xhr.method).toBe("POST");
    expect(xhr.url).toBe("http://parley.test/v1/rooms/r1/files");
    expect(xhr.headers.Authorization).toBe("Bearer t1");
    expect((xhr.body!.get("upload") as File).name).toBe("cat.png");
    expect(seen).toEqual([0.25, 1]);
  });

  it("cancels an upload in flight when its signal aborts", async () => {
    const { client } = await online([room("r1", 0)]);
    const controller = new AbortController();
    const uploading = client.upload("r1", new Blob(["x"]), { signal: controller.signal });
    await flush();
    controller.abort();

    await expect(uploading).rejects.toMatchObject({ code: UPLOAD_CANCELLED });
    expect(FakeXhr.all[0]!.aborted).toBe(true);
  });

  it("asks for a fresh token once when the server refuses the token, and reports the server's problem", async () => {
    const { client } = await online([room("r1", 0)]);
    const uploading = client.upload("r1", new Blob(["x"]));
    await flush();
    FakeXhr.all[0]!.answer(401, { code: "token_expired", status: 401 });
    await flush();
    expect(FakeXhr.all[1]!.headers.Authorization).toBe("Bearer t2");
    FakeXhr.all[1]!.answer(415, { code: "unsupported_media_type", status: 415, detail: "the file's content is text/plain" });

    await expect(uploading).rejects.toMatchObject({ code: "unsupported_media_type", status: 415 });
  });

  it("sends a voice message with its duration in seconds and a file name from its type", async () => {
    const { client } = await online([room("r1", 0)]);
    void client.uploadVoice("r1", new Blob(["ogg"], { type: "audio/webm;codecs=opus" }), 4.25);
    await flush();
    const xhr = FakeXhr.all[0]!;

    expect(xhr.url).toBe("http://parley.test/v1/rooms/r1/voice");
    expect(xhr.body!.get("duration")).toBe("4.250");
    expect((xhr.body!.get("upload") as File).name).toBe("voice.webm");
    expect(voiceName("audio/ogg")).toBe("voice.ogg");
    expect(voiceName("audio/mp4")).toBe("voice.m4a");
  });

  it("sends the uploads of a message as fileIds, with or without text", async () => {
    const { client, socket } = await online([room("r1", 0)]);
    client.send("r1", "", { attachments: [image] });

    const [frame] = socket.framesOf("message.send");
    expect(frame).toMatchObject({ roomId: "r1", text: "", attachments: [{ fileId: "f1" }] });
    expect(client.getPending("r1")[0]!.attachments).toEqual([image]);
  });

  it("makes links relative to the server absolute against the API's origin and refuses other schemes", async () => {
    const { client } = await online([]);

    expect(client.resolveUrl("/v1/avatars/a/256")).toBe("http://parley.test/v1/avatars/a/256");
    expect(client.resolveUrl("https://cdn.example/a.png")).toBe("https://cdn.example/a.png");
    expect(client.resolveUrl("//evil.example/a.png")).toBeUndefined();
    expect(client.resolveUrl("javascript:alert(1)")).toBeUndefined();
  });
});

describe("avatars", () => {
  it("applies user.updated to the member cards and to the direct room with that user", async () => {
    const direct = room("d1", 0, { type: "direct", peer: { id: "bob", name: "Bob" } });
    const { client, socket } = await online([direct]);
    socket.push({ type: "user.updated", user: { id: "bob", name: "Bob", avatarUrl: "/v1/avatars/b/256" } });
    await flush();

    expect(client.members.user("bob")?.avatarUrl).toBe("/v1/avatars/b/256");
    expect(client.getRoom("d1")!.peer?.avatarUrl).toBe("/v1/avatars/b/256");

    socket.push({ type: "user.updated", user: { id: "bob", name: "Bob" } });
    await flush();
    expect(client.members.user("bob")?.avatarUrl).toBeUndefined();
    expect(client.getRoom("d1")!.peer?.avatarUrl).toBeUndefined();
  });

  it("drops a room's avatar when room.updated comes without one", async () => {
    const { client, socket } = await online([room("r1", 0, { avatarUrl: "/v1/avatars/x/256", topic: "t" })]);
    socket.push({ type: "room.updated", roomId: "r1", lastSeq: 0, room: { id: "r1", type: "group", name: "Team", topic: "t" } });
    await flush();

    expect(client.getRoom("r1")!.avatarUrl).toBeUndefined();
    expect(client.getRoom("r1")!.topic).toBe("t");
  });
});
