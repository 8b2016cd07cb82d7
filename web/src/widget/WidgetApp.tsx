import { useEffect, useMemo, useState } from "react";
import type { TokenProvider } from "../client";
import { DEFAULT_THEME, fetchChatConfig, type ChatConfig } from "../app/boot/config";
import { useParleyClient } from "../app/boot/useClient";
import { errorMessage, t } from "../app/i18n/t";
import { ChatShell } from "../app/shell/ChatShell";
import { useThemeStyle } from "../app/theme/useTheme";

export type WidgetMode = "full" | "single" | "compact";

export interface WidgetProps {
  /** The Parley server's origin, e.g. `https://chat.example`. */
  server: string;
  token?: string | null | undefined;
  tokenEndpoint?: string | null | undefined;
  room?: string | null | undefined;
  theme?: "light" | "dark" | "auto" | null | undefined;
  mode: WidgetMode;
  /** Told when no token the server accepts can be had (the host should sign the user in). */
  onAuthRequired: () => void;
}

/** Fetches `{token}` from the host application's endpoint, with its cookies. */
async function tokenFromEndpoint(endpoint: string): Promise<string> {
  const response = await fetch(endpoint, { credentials: "include", headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
  const body = (await response.json()) as { token?: unknown };
  if (typeof body.token !== "string" || !body.token) throw new Error("token endpoint gave no token");
  return body.token;
}

/** The widget's app: boots from the server's /chat/config with the host's token. */
export function WidgetApp(props: WidgetProps) {
  const { server, token, tokenEndpoint } = props;
  const provider: TokenProvider = useMemo(() => {
    let first = token ?? null;
    return async () => {
      if (first) {
        const t0 = first;
        first = null;
        return t0;
      }
      if (tokenEndpoint) return tokenFromEndpoint(tokenEndpoint);
      throw new Error("no way to renew the token");
    };
  }, [token, tokenEndpoint]);
  const [config, setConfig] = useState<ChatConfig | null>(null);
  const [error, setError] = useState<string | null>(null);
  const style = useThemeStyle(config?.theme ?? DEFAULT_THEME, props.theme ?? undefined);

  useEffect(() => {
    let live = true;
    setConfig(null);
    setError(null);
    provider()
      .then(async (first) => {
        const c = await fetchChatConfig(server, first);
        // hand the same token to the client first
        const userToken = c.authentication.userToken || first;
        if (live) setConfig({ ...c, authentication: { ...c.authentication, userToken } });
      })
      .catch((e: unknown) => {
        if (!live) return;
        if ((e as { status?: number }).status === 401 || !(e as { code?: string }).code) props.onAuthRequired();
        setError(errorMessage(e));
      });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [server, provider]);

  if (!config) {
    return (
      <div className="parley-root" style={style}>
        <p className={error ? "parley-error parley-centered" : "parley-centered"} role={error ? "alert" : "status"}>
          {error ?? t("loading")}
        </p>
      </div>
    );
  }
  return <WidgetSession {...props} config={config} provider={provider} />;
}

function WidgetSession(props: WidgetProps & { config: ChatConfig; provider: TokenProvider }) {
  const { config, provider } = props;
  const style = useThemeStyle(config.theme, props.theme ?? undefined);
  const getToken = useMemo(() => {
    let first = true;
    return () => {
      if (first) {
        first = false;
        return Promise.resolve(config.authentication.userToken);
      }
      return provider();
    };
  }, [config, provider]);
  const client = useParleyClient(config, getToken, props.onAuthRequired);
  const single = props.mode !== "full" && !!props.room;
  return <ChatShell client={client} config={config} themeStyle={style} mode={single ? "single" : "full"} roomId={props.room ?? null} />;
}

/** Compact mode: a floating button that opens the chat in a panel. */
export function CompactWidget(props: WidgetProps) {
  const [open, setOpen] = useState(false);
  return (
    <div className="parley-compact">
      {open && (
        <div className="parley-compact-panel" role="dialog" aria-label={t("appName")}>
          <WidgetApp {...props} mode="single" />
        </div>
      )}
      <button type="button" className="parley-compact-button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? t("closeChat") : t("openChat")}
      </button>
    </div>
  );
}
