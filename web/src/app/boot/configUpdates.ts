import type { ChatConfig } from "./config";

/**
 * What the held configuration takes from a fresh `/chat/config`, by what made the app ask for it.
 * A `role.changed` frame names the new role itself; the other reasons take the fields their frame
 * announced, and a connection coming up takes every field a frame could have announced while no
 * connection was there to bring it (before the first one, or during an outage).
 */
export type Reread = "role" | "permissions" | "appearance" | "connected";

export function takeFresh(reason: Reread, held: ChatConfig, fresh: ChatConfig): ChatConfig {
  switch (reason) {
    case "role":
      return { ...held, permissions: fresh.permissions };
    case "permissions":
      return { ...held, permissions: fresh.permissions, user: { ...held.user, role: fresh.user.role } };
    case "appearance":
      return { ...held, theme: fresh.theme, features: fresh.features };
    case "connected":
      return {
        ...held,
        permissions: fresh.permissions,
        theme: fresh.theme,
        features: fresh.features,
        user: { ...held.user, role: fresh.user.role },
      };
  }
}

/** Whether the rooms' `ownCapabilities` may have changed between two configurations (the grants or the app role did). */
export function capabilitiesMayDiffer(before: ChatConfig, after: ChatConfig): boolean {
  return before.user.role !== after.user.role || JSON.stringify(before.permissions) !== JSON.stringify(after.permissions);
}
