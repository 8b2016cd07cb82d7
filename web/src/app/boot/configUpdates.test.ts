import { describe, expect, it } from "vitest";
import type { ChatConfig } from "./config";
import { capabilitiesMayDiffer, takeFresh } from "./configUpdates";

function config(role: string, sendMessages: boolean, primary: string, appName = "Parley"): ChatConfig {
  return {
    authentication: { userId: "ana", userToken: "held-token" },
    user: { id: "ana", name: "Ana", role },
    theme: { mode: "light", appName, light: { primary }, dark: { primary } },
    features: { reactions: true },
    permissions: { sendMessages },
    endpoints: { api: "/v1", ws: "/v1/ws" },
    files: {},
  } as unknown as ChatConfig;
}

describe("what a fresh /chat/config changes in the held one", () => {
  const held = config("user", true, "#111111");
  const fresh = { ...config("admin", false, "#222222", "Acme chat"), authentication: { userId: "ana", userToken: "other" } };

  it("takes everything a frame could have announced once a connection comes up, and keeps the token", () => {
    const next = takeFresh("connected", held, fresh);
    expect(next.user.role).toBe("admin");
    expect(next.permissions.sendMessages).toBe(false);
    expect(next.theme.appName).toBe("Acme chat");
    expect(next.authentication.userToken).toBe("held-token");
  });

  it("takes only what the frame announced otherwise", () => {
    const look = takeFresh("appearance", held, fresh);
    expect(look.theme.appName).toBe("Acme chat");
    expect(look.user.role).toBe("user");
    expect(look.permissions.sendMessages).toBe(true);

    const grants = takeFresh("permissions", held, fresh);
    expect(grants.permissions.sendMessages).toBe(false);
    expect(grants.user.role).toBe("admin");
    expect(grants.theme.appName).toBe("Parley");

    // role.changed names the role itself: the fetch adds the grants that came with it, not its role
    const role = takeFresh("role", { ...held, user: { ...held.user, role: "moderator" } }, fresh);
    expect(role.user.role).toBe("moderator");
    expect(role.permissions.sendMessages).toBe(false);
  });

  it("tells when the rooms' capabilities must be read again: a new role or new grants, not a new look", () => {
    expect(capabilitiesMayDiffer(held, config("user", true, "#999999", "Other"))).toBe(false);
    expect(capabilitiesMayDiffer(held, config("admin", true, "#111111"))).toBe(true);
    expect(capabilitiesMayDiffer(held, config("user", false, "#111111"))).toBe(true);
  });
});
