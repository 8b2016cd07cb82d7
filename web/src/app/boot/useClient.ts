import { useEffect, useMemo } from "react";
import { AUTH_CODES, backoffDelay, isParleyError, ParleyClient, readyUrlOf, type TokenProvider } from "../../client";
import { suspensionOf } from "../auth/suspension";
import type { ChatConfig } from "./config";

/**
 * One client per configuration: started on mount, stopped on unmount; reconnects at once when
 * the browser is back online or the tab becomes visible again (a laptop waking up).
 */
export function useParleyClient(config: ChatConfig, getToken: TokenProvider, onAuthRequired: () => void): ParleyClient {
  const client = useMemo(
    () =>
      new ParleyClient({
        apiUrl: config.endpoints.api,
        wsUrl: config.endpoints.ws,
        userId: config.user.id || config.authentication.userId,
        getToken,
        // reconnect within about a second of the server being back (docs/benchmarks.md)
        readyUrl: readyUrlOf(config.endpoints.api),
      }),
    // a new client only for a new configuration
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [config],
  );
  useEffect(() => {
    const off = client.on("auth-required", onAuthRequired);
    let stopped = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    // Loading the room list may fail while the server is away: try again, slower each time.
    // A token that is no good (or a user banned from the app meanwhile) will not get better.
    const start = (attempt: number) => {
      client.start().catch((e: unknown) => {
        if (stopped) return;
        if ((isParleyError(e) && AUTH_CODES.has(e.code)) || suspensionOf(e)) onAuthRequired();
        else retry = setTimeout(() => start(attempt + 1), backoffDelay(attempt));
      });
    };
    start(0);
    const online = () => client.reconnectNow();
    const visible = () => {
      if (document.visibilityState === "visible") client.reconnectNow();
    };
    window.addEventListener("online", online);
    document.addEventListener("visibilitychange", visible);
    return () => {
      stopped = true;
      if (retry) clearTimeout(retry);
      off();
      window.removeEventListener("online", online);
      document.removeEventListener("visibilitychange", visible);
      client.stop();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client]);
  return client;
}
