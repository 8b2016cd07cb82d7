import { useEffect, useRef, useState } from "react";
import type { ParleyClient } from "../../client";
import type { ChatConfig } from "./config";
import { capabilitiesMayDiffer, type Reread, takeFresh } from "./configUpdates";

/**
 * The configuration kept current, in the full app and in every embedded chat alike: when an
 * admin changes the grants (`permissions.changed`), the user's app role (`role.changed`) or the
 * web client's look (`appearance.changed`), `/chat/config` is asked again (`refetch`) and its new
 * `permissions` and role, or `theme` and `features`, replace the held ones (the client refetches
 * the rooms' `ownCapabilities` by itself). The theme applies at once: no reload.
 *
 * No frame reaches a client without a connection: each time one comes up (`online`, the first
 * time too — the configuration was read before it), `/chat/config` is asked again and whatever
 * changed meanwhile applies, the rooms' capabilities reread if the grants or the role moved.
 */
export function useLiveConfig(client: ParleyClient, config: ChatConfig, refetch: () => Promise<ChatConfig>): ChatConfig {
  const [live, setLive] = useState(config);
  const held = useRef(config);
  useEffect(() => {
    const hold = (next: ChatConfig) => {
      held.current = next;
      setLive(next);
    };
    hold(config);
    /** Counts `role.changed` frames: a fetch asked before the last one must not undo its role. */
    let roleFrames = 0;
    const reread = (reason: Reread) => {
      const asked = roleFrames;
      refetch()
        .then((fresh) => {
          const before = held.current;
          const next = takeFresh(reason, before, fresh);
          hold(asked === roleFrames ? next : { ...next, user: before.user });
          if (reason === "connected" && capabilitiesMayDiffer(before, held.current)) void client.reloadRooms().catch(() => undefined);
        })
        .catch(() => undefined);
    };
    const offEvents = client.on("event", (event) => {
      if (event.type === "role.changed") {
        roleFrames++;
        // The frame names the new role: it applies at once, whatever a concurrent fetch still says.
        hold({ ...held.current, user: { ...held.current.user, role: event.role } });
        reread("role");
      } else if (event.type === "permissions.changed") {
        reread("permissions");
      } else if (event.type === "appearance.changed" && event.clientType === "web") {
        reread("appearance");
      }
    });
    const offState = client.on("state", (state) => {
      if (state === "online") reread("connected");
    });
    return () => {
      offEvents();
      offState();
    };
  }, [client, config, refetch]);
  return live;
}
