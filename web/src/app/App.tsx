import { useCallback, useEffect, useMemo, useState } from "react";
import type { IssuedSession } from "./auth/authApi";
import { SignIn } from "./auth/SignIn";
import { Suspended } from "./auth/Suspended";
import { suspensionOf, type Suspension } from "./auth/suspension";
import { clearToken, loadToken, saveToken } from "./auth/tokenStore";
import { DEFAULT_THEME, fetchChatConfig, mergeTheme, type ChatConfig, type ThemeConfig } from "./boot/config";
import { useParleyClient } from "./boot/useClient";
import { useLiveConfig } from "./boot/useLiveConfig";
import { errorMessage, t } from "./i18n/t";
import { ChatShell } from "./shell/ChatShell";
import { useThemeStyle } from "./theme/useTheme";

/**
 * The standalone app at `/`: sign-in when there is no usable token, else the chat; a user
 * banned from the app gets the suspended page instead, at start and when banned while in the chat.
 */
export function App() {
  const [token, setToken] = useState<string | null>(loadToken);
  const [config, setConfig] = useState<ChatConfig | null>(null);
  const [notice, setNotice] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [suspension, setSuspension] = useState<Suspension | null>(null);
  // the sign-in page (and the loading screen after it) in the server's theme once its options say it
  const [signInTheme, setSignInTheme] = useState<ThemeConfig>(DEFAULT_THEME);
  const signInStyle = useThemeStyle(signInTheme);

  const signOut = useCallback((message?: string) => {
    clearToken();
    setConfig(null);
    setToken(null);
    setSuspension(null);
    setNotice(message);
  }, []);

  /** The server refused the token: a ban shows the suspended page, anything else asks to sign in again. */
  const refused = useCallback(
    (e: unknown) => {
      const suspended = suspensionOf(e);
      if (suspended) {
        setConfig(null);
        setSuspension(suspended);
      } else signOut(t("sessionExpired"));
    },
    [signOut],
  );

  useEffect(() => {
    if (!token) return;
    let live = true;
    setError(null);
    fetchChatConfig("", token)
      .then((c) => live && setConfig(c))
      .catch((e: unknown) => {
        if (!live) return;
        if ((e as { status?: number }).status === 401 || suspensionOf(e)) refused(e);
        else setError(errorMessage(e));
      });
    return () => {
      live = false;
    };
  }, [token, refused]);

  // The session ended (a ban closes it at once): ask the server why.
  const sessionEnded = useCallback(() => {
    fetchChatConfig("", loadToken()).then(() => signOut(t("sessionExpired")), refused);
  }, [signOut, refused]);

  const signedIn = (session: IssuedSession) => {
    saveToken(session.token);
    setNotice(undefined);
    setToken(session.token);
  };

  if (!token) {
    return (
      <div className="parley-root parley-page" style={signInStyle}>
        <SignIn onSignedIn={signedIn} notice={notice} onOptions={(options) => options.theme && setSignInTheme(mergeTheme(options.theme))} />
      </div>
    );
  }
  if (suspension) {
    return (
      <div className="parley-root parley-page" style={signInStyle}>
        <Suspended suspension={suspension} onSignOut={() => signOut()} />
      </div>
    );
  }
  if (!config) {
    return (
      <div className="parley-root parley-page" style={signInStyle}>
        <main className="parley-centered">
          {error ? (
            <p className="parley-error" role="alert">
              {error}{" "}
              <button type="button" className="parley-link-button" onClick={() => signOut()}>
                {t("signOut")}
              </button>
            </p>
          ) : (
            <p role="status">{t("loading")}</p>
          )}
        </main>
      </div>
    );
  }
  return <Session config={config} token={token} onSignOut={signOut} onEnded={sessionEnded} />;
}

function Session({ config, token, onSignOut, onEnded }: { config: ChatConfig; token: string; onSignOut: (message?: string) => void; onEnded: () => void }) {
  // The first token is the one /chat/config confirmed; afterwards ask /chat/config again (a gateway may renew it).
  const getToken = useMemo(() => {
    let first = true;
    return async () => {
      if (first) {
        first = false;
        return config.authentication.userToken || token;
      }
      const fresh = await fetchChatConfig("", loadToken());
      if (fresh.authentication.userToken) saveToken(fresh.authentication.userToken);
      return fresh.authentication.userToken;
    };
  }, [config, token]);
  const client = useParleyClient(config, getToken, onEnded);
  const refetch = useCallback(() => fetchChatConfig("", loadToken()), []);
  const live = useLiveConfig(client, config, refetch);
  const themeStyle = useThemeStyle(live.theme);
  const signOut = () => {
    void client.rest.logout().catch(() => undefined);
    onSignOut();
  };
  return <ChatShell client={client} config={live} themeStyle={themeStyle} mode="full" routing documentTitle onSignOut={signOut} />;
}
