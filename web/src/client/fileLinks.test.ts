import { describe, expect, it } from "vitest";
import { FileLinks, expiresAt } from "./fileLinks";
import type { TokenSource } from "./token";
import type { Attachment, FileObject } from "./types";
import { Uploads, binarySize, type XhrLike } from "./uploads";

function file(id: string, expires: number): FileObject {
  return {
    id,
    roomId: "r1",
    name: `${id}.png`,
    size: 10,
    mimeType: "image/png",
    kind: "image",
    url: `/v1/files/${id}/original?expires=${expires}&signature=s${expires}`,
    thumbnailUrl: `/v1/files/${id}/thumbnail?expires=${expires}&signature=t${expires}`,
    createdAt: "2026-01-01T00:00:00.000Z",
  };
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe("fresh file links", () => {
  it("asks for the files of one moment in one request and then gives attachments the fresher links", async () => {
    const asked: string[][] = [];
    const links = new FileLinks(async (ids) => {
      asked.push(ids);
      return ids.filter((id) => id !== "gone").map((id) => file(id, 2000));
    });
    let heard = 0;
    links.subscribe(() => heard++);
    const shown: Attachment = file("a", 1000);

    links.renew("a");
    links.renew("b");
    links.renew("gone");
    await tick();

    expect(asked).toEqual([["a", "b", "gone"]]);
    expect(heard).toBe(1);
    expect(links.version()).toBe(1);
    expect(links.current(shown).url).toBe("/v1/files/a/original?expires=2000&signature=s2000");
    expect(links.current(shown).thumbnailUrl).toContain("expires=2000");
    expect(links.current(file("a", 3000))).toEqual(file("a", 3000));
    expect(links.current({ url: "https://cdn.example/x.png" })).toEqual({ url: "https://cdn.example/x.png" });
  });

  it("asks for one file at most once a second, and tries again after a failed request", async () => {
    let now = 0;
    let calls = 0;
    let fail = true;
    const links = new FileLinks(async (ids) => {
      calls++;
      if (fail) throw new Error("offline");
      return ids.map((id) => file(id, 5000));
    }, () => now);

    links.renew("a");
    await tick();
    links.renew("a");
    await tick();
    expect(calls).toBe(1);
    expect(links.current(file("a", 1000)).url).toContain("expires=1000");

    now = 1_000;
    fail = false;
    links.renew("a");
    await tick();
    expect(calls).toBe(2);
    expect(links.current(file("a", 1000)).url).toContain("expires=5000");
  });

  it("reads when a signed link expires and leaves unsigned links alone", () => {
    expect(expiresAt("/v1/files/a/original?expires=1700000000&signature=x")).toBe(1_700_000_000_000);
    expect(expiresAt("https://cdn.example/a.png")).toBeUndefined();
    expect(expiresAt(undefined)).toBeUndefined();
  });
});

describe("upload limits", () => {
  const tokens = { get: async () => "t", refresh: async () => "t" } as unknown as TokenSource;
  const noXhr = (): XhrLike => {
    throw new Error("no request may be made");
  };
  const uploads = new Uploads("http://parley.test/v1", tokens, noXhr);

  it("refuses a file larger than the server's limit before sending a byte, naming the limit", async () => {
    const big = new Blob([new Uint8Array(3 * 1024 * 1024)]);

    await expect(uploads.file("r1", big, { maxBytes: 2 * 1024 * 1024 })).rejects.toMatchObject({
      status: 413,
      code: "file_too_large",
      detail: "the file is 3 MiB, more than the 2 MiB allowed",
    });
    await expect(uploads.myAvatar(big, { maxBytes: 1024 * 1024 })).rejects.toMatchObject({ code: "file_too_large" });
  });

  it("refuses an empty file and a voice message longer or larger than allowed", async () => {
    await expect(uploads.file("r1", new Blob([]))).rejects.toMatchObject({ code: "validation_failed", detail: "the file is empty" });
    await expect(uploads.voice("r1", new Blob(["ogg"]), 601, { maxSeconds: 600 })).rejects.toMatchObject({
      code: "validation_failed",
      detail: "a voice message may be at most 10 minutes long",
    });
    await expect(uploads.voice("r1", new Blob(["ogg!"]), 3, { maxBytes: 3 })).rejects.toMatchObject({
      code: "file_too_large",
      detail: "the voice message is 4 B, more than the 3 B allowed",
    });
  });

  it("writes sizes in the binary units the limits are set in", () => {
    expect(binarySize(25 * 1024 * 1024)).toBe("25 MiB");
    expect(binarySize(1.5 * 1024 * 1024)).toBe("1.5 MiB");
    expect(binarySize(300 * 1024)).toBe("300 KiB");
    expect(binarySize(1023)).toBe("1023 B");
  });
});
