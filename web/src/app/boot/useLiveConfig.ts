import { useEffect, useState } from "react";
import type { ParleyClient } from "../../client";
import { loadToken } from "../auth/tokenStore";
import { fetchChatConfig, type ChatConfig } from "./config";

/**
 * The configuration kept current: when an admin changes the grants (`permissions.changed`), the
 * user's app role (`role.changed`) or the web client's look (`appearance.changed`),
 * `/chat/config` is asked again and its new `permissions` and role, or `theme` and `features`,
 * replace the held ones (the client refetches the rooms' `ownCapabilities` by itself). The theme
 * applies at once: no reload.
 */
export function useLivePermissions(client: ParleyClient, config: ChatConfig): ChatConfig {
  const [live, setLive] = useState(config);
  useEffect(() => {
    setLive(config);
    return client.on("event", (event) => {
      if (event.type === "permissions.changed" || event.type === "role.changed") {
        fetchChatConfig("", loadToken())
          .then((fresh) => setLive((held) => ({ ...held, permissions: fresh.permissions, user: { ...held.user, role: fresh.user.role } })))
          .catch(() => undefined);
      } else if (event.type === "appearance.changed" && event.clientType === "web") {
        fetchChatConfig("", loadToken())
          .then((fresh) => setLive((held) => ({ ...held, theme: fresh.theme, features: fresh.features })))
          .catch(() => undefined);
      }
    });
  }, [client, config]);
  return live;
}
