import { useEffect, useState } from "react";
import type { ParleyClient } from "../../client";
import type { ChatConfig } from "./config";

/**
 * The configuration kept current, in the full app and in every embedded chat alike: when an
 * admin changes the grants (`permissions.changed`), the user's app role (`role.changed`) or the
 * web client's look (`appearance.changed`), `/chat/config` is asked again (`refetch`) and its new
 * `permissions` and role, or `theme` and `features`, replace the held ones (the client refetches
 * the rooms' `ownCapabilities` by itself). The theme applies at once: no reload.
 */
export function useLiveConfig(client: ParleyClient, config: ChatConfig, refetch: () => Promise<ChatConfig>): ChatConfig {
  const [live, setLive] = useState(config);
  useEffect(() => {
    setLive(config);
    return client.on("event", (event) => {
      if (event.type === "role.changed") {
        // The frame names the new role: it applies at once, whatever a concurrent fetch still says.
        setLive((held) => ({ ...held, user: { ...held.user, role: event.role } }));
        refetch()
          .then((fresh) => setLive((held) => ({ ...held, permissions: fresh.permissions, user: { ...held.user, role: event.role } })))
          .catch(() => undefined);
      } else if (event.type === "permissions.changed") {
        refetch()
          .then((fresh) => setLive((held) => ({ ...held, permissions: fresh.permissions, user: { ...held.user, role: fresh.user.role } })))
          .catch(() => undefined);
      } else if (event.type === "appearance.changed" && event.clientType === "web") {
        refetch()
          .then((fresh) => setLive((held) => ({ ...held, theme: fresh.theme, features: fresh.features })))
          .catch(() => undefined);
      }
    });
  }, [client, config, refetch]);
  return live;
}
