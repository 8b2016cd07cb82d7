import { describe, expect, it } from "vitest";
import { AdminApi } from "./adminApi";
import { adminError } from "./useAction";

/** An AdminApi whose fetch records each call and answers `answer`. */
function recording(answer: () => Response) {
  const calls: { url: string; method?: string; body?: unknown }[] = [];
  const api = new AdminApi("tok", "http://parley", async (url, init) => {
    calls.push({ url, method: init?.method, body: init?.body ? JSON.parse(init.body as string) : undefined });
    return answer();
  });
  return { api, calls };
}

const json = (body: unknown, status = 200) => () =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": status < 400 ? "application/json" : "application/problem+json" } });

describe("the admin API's moderation calls", () => {
  it("lists the queue by status and resolves a flag with its action", async () => {
    const { api, calls } = recording(json({ items: [], nextCursor: null }));
    await api.flags("dismissed", "c1");
    await api.resolveFlag("f/1", "delete");
    expect(calls).toEqual([
      { url: "http://parley/v1/admin/flags?status=dismissed&cursor=c1&limit=50", method: "GET", body: undefined },
      { url: "http://parley/v1/admin/flags/f%2F1/resolve", method: "POST", body: { action: "delete" } },
    ]);
  });

  it("sends a ban's reason and duration only when given, and lifts and purges by user", async () => {
    const { api, calls } = recording(json({ deleted: 3 }));
    await api.banFromApp("ana", "spam", 7200);
    await api.banFromApp("ana", "");
    await api.liftAppBan("ana");
    expect(await api.deleteAllMessages("ana")).toEqual({ deleted: 3 });
    expect(calls.map((c) => [c.method, c.url.replace("http://parley", ""), c.body])).toEqual([
      ["POST", "/v1/admin/users/ana/ban", { reason: "spam", durationSeconds: 7200 }],
      ["POST", "/v1/admin/users/ana/ban", {}],
      ["DELETE", "/v1/admin/users/ana/ban", undefined],
      ["DELETE", "/v1/admin/users/ana/messages", undefined],
    ]);
  });

  it("turns a refused call into the app's message for its code, or else the server's problem detail", async () => {
    const known = recording(json({ status: 409, code: "flag_resolved", title: "Conflict", detail: "resolved already" }, 409));
    expect(adminError(await known.api.resolveFlag("f1", "dismiss").catch((e: unknown) => e))).toBe("That report was already handled.");
    const other = recording(json({ status: 400, code: "some_new_code", title: "Bad request", detail: "a duration out of range" }, 400));
    expect(adminError(await other.api.banFromApp("ana", "", 0).catch((e: unknown) => e))).toBe("Something went wrong. Please try again. (a duration out of range)");
  });

  it("exports a user as a file, erases with the chosen handling and rotates the secret with or without a window", async () => {
    const { api, calls } = recording(json({ user: { id: "a/b" }, messages: "anonymise", messagesDeleted: 0 }));
    expect(await (await api.exportUser("a/b")).text()).toContain("anonymise");
    await api.eraseUser("a/b", "anonymise");
    await api.rotateApiSecret();
    await api.rotateApiSecret(0.5);
    await api.apiKey();
    expect(calls.map((c) => [c.method, c.url.replace("http://parley", ""), c.body])).toEqual([
      [undefined, "/v1/admin/users/a%2Fb/export", undefined],
      ["POST", "/v1/admin/users/a%2Fb/erase", { messages: "anonymise" }],
      ["POST", "/v1/admin/api-key/rotate", {}],
      ["POST", "/v1/admin/api-key/rotate", { overlapHours: 0.5 }],
      ["GET", "/v1/admin/api-key", undefined],
    ]);
  });
});
