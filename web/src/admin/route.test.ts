import { describe, expect, it } from "vitest";
import { parseRoute, routeHref } from "./route";

describe("admin routes", () => {
  it("reads each section and a room from the hash, and anything else as the dashboard", () => {
    expect(parseRoute("#/users")).toEqual({ page: "users" });
    expect(parseRoute("#/rooms/a%2Fb")).toEqual({ page: "room", roomId: "a/b" });
    expect(parseRoute("#/rooms")).toEqual({ page: "rooms" });
    expect(parseRoute("#/webhooks")).toEqual({ page: "webhooks" });
    expect(parseRoute("#/webhooks/0193-ab")).toEqual({ page: "webhook", webhookId: "0193-ab" });
    expect(parseRoute("#/api-key")).toEqual({ page: "api-key" });
    expect(parseRoute("")).toEqual({ page: "dashboard" });
    expect(parseRoute("#/nonsense")).toEqual({ page: "dashboard" });
  });

  it("writes routes that read back the same", () => {
    for (const route of [{ page: "room", roomId: "x y" }, { page: "webhook", webhookId: "w/1" }, { page: "webhooks" }, { page: "audit" }, { page: "flags" }, { page: "api-key" }, { page: "dashboard" }] as const) {
      expect(parseRoute(routeHref(route))).toEqual(route);
    }
  });
});
