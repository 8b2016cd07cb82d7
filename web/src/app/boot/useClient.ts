import { useEffect, useMemo } from "react";
import { ParleyClient, type TokenProvider } from "../../client";
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
    client.start().catch((e: unknown) => {
      const code = (e as { code?: string }).code;
      if (code === "unauthenticated" || code === "token_expired" || code === "token_revoked" || code === "user_deactivated") onAuthRequired();
      else setTimeout(() => client.start().catch(() => onAuthRequired()), 3_000);
    });
    const online = () => client.reconnectNow();
    window.addEventListener("online", online);
    return () => {
      off();
      window.removeEventListener("online", online);
      client.stop();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client]);
  return client;
}
