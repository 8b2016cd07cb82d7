import { useEffect, useMemo, useRef, useState } from "react";
import { DEFAULT_THEME, fetchChatConfig, type ChatConfig } from "../app/boot/config";
import { useParleyClient } from "../app/boot/useClient";
import { errorMessage, t } from "../app/i18n/t";
import { ChatShell } from "../app/shell/ChatShell";
import { useThemeStyle } from "../app/theme/useTheme";
import { listenForTokens, postToParent } from "./parentChannel";

/**
 * One room, no chrome. The token comes from the URL fragment or the parent page; when it is
 * rejected the page asks the parent (`parley:auth-required`) and waits for a new one.
 */
export function EmbedApp({ roomId, initialToken }: { roomId: string | null; initialToken: string | null }) {
  const [token, setToken] = useState<string | null>(initialToken);
  const [config, setConfig] = useState<ChatConfig | null>(null);
  const [error, setError] = useState<string | null>(null);
  const waiting = useRef<((token: string) => void)[]>([]);
  const style = useThemeStyle(config?.theme ?? DEFAULT_THEME);

  useEffect(() => {
    const off = listenForTokens((fresh) => {
      setToken((current) => current ?? fresh);
      const resolvers = waiting.current.splice(0);
      for (const resolve of resolvers) resolve(fresh);
    });
    postToParent({ type: "parley:ready" });
    return off;
  }, []);

  useEffect(() => {
    if (!token || config) return;
    fetchChatConfig("", token)
      .then(setConfig)
      .catch((e: unknown) => {
        if ((e as { status?: number }).status === 401) {
          setToken(null);
          postToParent({ type: "parley:auth-required" });
        } else setError(errorMessage(e));
      });
  }, [token, config]);

  const askParent = useMemo(
    () => () =>
      new Promise<string>((resolve) => {
        waiting.current.push(resolve);
        postToParent({ type: "parley:auth-required" });
      }),
    [],
  );

  if (error) {
    return (
      <div className="parley-root" style={style}>
        <p className="parley-error parley-centered" role="alert">
          {error}
        </p>
      </div>
    );
  }
  if (!token || !config) {
    return (
      <div className="parley-root" style={style}>
        <p className="parley-centered" role="status">
          {token ? t("loading") : t("embedNoToken")}
        </p>
      </div>
    );
  }
  return <EmbedSession config={config} token={token} roomId={roomId} askParent={askParent} />;
}

function EmbedSession({ config, token, roomId, askParent }: { config: ChatConfig; token: string; roomId: string | null; askParent: () => Promise<string> }) {
  const style = useThemeStyle(config.theme);
  const getToken = useMemo(() => {
    let first = true;
    return () => {
      if (first) {
        first = false;
        return Promise.resolve(config.authentication.userToken || token);
      }
      return askParent();
    };
  }, [config, token, askParent]);
  const client = useParleyClient(config, getToken, () => postToParent({ type: "parley:auth-required" }));
  return <ChatShell client={client} config={config} themeStyle={style} mode="single" roomId={roomId} />;
}
