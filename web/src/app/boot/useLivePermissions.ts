import { useEffect, useState } from "react";
import type { ParleyClient } from "../../client";
import { loadToken } from "../auth/tokenStore";
import { fetchChatConfig, type ChatConfig } from "./config";

/**
 * The configuration with its `permissions` (and the user's app role) kept current: when an
 * admin changes the grants (`permissions.changed`) or the user's app role (`role.changed`),
 * `/chat/config` is asked again (the client refetches the rooms' `ownCapabilities` by itself).
 */
export function useLivePermissions(client: ParleyClient, config: ChatConfig): ChatConfig {
  const [live, setLive] = useState(config);
  useEffect(() => {
    setLive(config);
    return client.on("event", (event) => {
      if (event.type !== "permissions.changed" && event.type !== "role.changed") return;
      fetchChatConfig("", loadToken())
        .then((fresh) => setLive((held) => ({ ...held, permissions: fresh.permissions, user: { ...held.user, role: fresh.user.role } })))
        .catch(() => undefined);
    });
  }, [client, config]);
  return live;
}
