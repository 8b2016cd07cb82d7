import { useCallback, useEffect, useMemo, useState } from "react";
import { SignIn } from "../app/auth/SignIn";
import type { IssuedSession } from "../app/auth/authApi";
import { clearToken, loadToken, saveToken } from "../app/auth/tokenStore";
import { DEFAULT_THEME, fetchChatConfig, type ChatConfig } from "../app/boot/config";
import { errorMessage, t } from "../app/i18n/t";
import { useThemeStyle } from "../app/theme/useTheme";
import { AdminApi } from "./adminApi";
import { AdminShell } from "./AdminShell";
import { at } from "./strings";

// One function for every render: a new default each render made the effect below fetch
// /chat/config again after every answer, and every page reload its data (dropping edits).
const goToTheChat = () => location.replace("/");

/**
 * The admin panel at `/admin`: the app's sign-in when there is no token, then `/chat/config`
 * says who signed in. Only an app admin gets the panel; anyone else is sent to the chat before
 * any admin route is called (and the server refuses those routes to them anyway).
 */
export function AdminApp({ goToChat = goToTheChat }: { goToChat?: () => void }) {
  const [token, setToken] = useState<string | null>(loadToken);
  const [config, setConfig] = useState<ChatConfig | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | undefined>();
  const style = useThemeStyle(config?.theme ?? DEFAULT_THEME);

  const signOut = useCallback((message?: string) => {
    clearToken();
    setConfig(null);
    setToken(null);
    setNotice(message);
  }, []);

  useEffect(() => {
    document.title = at("title");
    if (!token) return;
    let live = true;
    fetchChatConfig("", token)
      .then((c) => {
        if (!live) return;
        if (c.user.role !== "admin") goToChat();
        setConfig(c);
      })
      .catch((e: unknown) => {
        if (!live) return;
        if ((e as { status?: number }).status === 401) signOut(t("sessionExpired"));
        else setError(errorMessage(e));
      });
    return () => {
      live = false;
    };
  }, [token, signOut, goToChat]);

  const api = useMemo(() => (token ? new AdminApi(config?.authentication.userToken || token) : null), [token, config]);

  const signedIn = (session: IssuedSession) => {
    saveToken(session.token);
    setNotice(undefined);
    setToken(session.token);
  };

  if (!token) {
    return (
      <div className="parley-root parley-page" style={style}>
        <SignIn onSignedIn={signedIn} notice={notice} />
      </div>
    );
  }
  if (!config || !api || config.user.role !== "admin") {
    return (
      <div className="parley-root parley-page" style={style}>
        <main className="parley-centered">
          {error ? (
            <p className="parley-error" role="alert">
              {error}
            </p>
          ) : (
            <p role="status">{config ? at("notAdmin") : at("checking")}</p>
          )}
        </main>
      </div>
    );
  }
  return (
    <div className="parley-root parley-page" style={style}>
      <AdminShell api={api} user={config.user} onSignOut={() => signOut()} />
    </div>
  );
}
