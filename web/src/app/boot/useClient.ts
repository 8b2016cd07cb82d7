import { useEffect, useMemo } from "react";
import { AUTH_CODES, backoffDelay, isParleyError, ParleyClient, type TokenProvider } from "../../client";
import type { ChatConfig } from "./config";

/** One client per configuration: started on mount, stopped on unmount; reconnects when the browser is back online. */
export function useParleyClient(config: ChatConfig, getToken: TokenProvider, onAuthRequired: () => void): ParleyClient {
  const client = useMemo(
    () =>
      new ParleyClient({
        apiUrl: config.endpoints.api,
        wsUrl: config.endpoints.ws,
        userId: config.user.id || config.authentication.userId,
        getToken,
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
    const start = (attempt: number) => {
      client.start().catch((e: unknown) => {
        if (stopped) return;
        if (isParleyError(e) && AUTH_CODES.has(e.code)) onAuthRequired();
        else retry = setTimeout(() => start(attempt + 1), backoffDelay(attempt));
      });
    };
    start(0);
    const online = () => client.reconnectNow();
    window.addEventListener("online", online);
    return () => {
      stopped = true;
      if (retry) clearTimeout(retry);
      off();
      window.removeEventListener("online", online);
      client.stop();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client]);
  return client;
}
