import { useEffect, useId, useState, type FormEvent } from "react";
import { errorMessage, t } from "../i18n/t";
import { fetchAuthOptions, login, signup, type AuthOptions, type IssuedSession } from "./authApi";
import { checkSignup, fieldErrorOf, type Field, type FieldErrors } from "./signupChecks";

/** The sign-in / sign-up page of the full app (local accounts). */
export function SignIn({
  onSignedIn,
  notice,
  onOptions,
}: {
  onSignedIn: (session: IssuedSession) => void;
  notice?: string | undefined;
  /** Told the server's sign-in options once loaded (the page takes their theme). */
  onOptions?: ((options: AuthOptions) => void) | undefined;
}) {
  const [options, setOptions] = useState<AuthOptions | null>(null);
  const [mode, setMode] = useState<"signin" | "signup">("signin");
  const [userId, setUserId] = useState("");
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const ids = { user: useId(), name: useId(), password: useId(), error: useId() };
  const fieldError = (field: Field, id: string) =>
    fieldErrors[field] ? (
      <p id={`${id}-error`} className="parley-error parley-field-error">
        {fieldErrors[field]}
      </p>
    ) : null;
  const invalid = (field: Field, id: string) =>
    fieldErrors[field] ? { "aria-invalid": true, "aria-describedby": `${id}-error` } : {};

  useEffect(() => {
    fetchAuthOptions()
      .then((loaded) => {
        setOptions(loaded);
        onOptions?.(loaded);
      })
      .catch((e: unknown) => {
        setOptions({ localAccounts: false, signup: false, appName: t("appName") });
        setError(errorMessage(e));
      });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once
  }, []);

  useEffect(() => {
    if (options) document.title = options.appName;
  }, [options]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const checked = mode === "signup" ? checkSignup(userId.trim(), name, password) : {};
    setFieldErrors(checked);
    if (Object.keys(checked).length > 0) return;
    setBusy(true);
    try {
      onSignedIn(mode === "signin" ? await login(userId.trim(), password) : await signup(userId.trim(), name.trim(), password));
    } catch (err) {
      const perField = fieldErrorOf(err);
      if (perField) setFieldErrors(perField);
      else setError(errorMessage(err));
      setBusy(false);
    }
  };

  if (!options) return <p className="parley-centered" role="status">{t("loading")}</p>;
  const title = mode === "signin" ? t("signInTitle") : t("signUpTitle");
  return (
    <main className="parley-signin">
      <form className="parley-signin-card" onSubmit={submit} aria-labelledby="parley-signin-title" noValidate>
        <p className="parley-signin-app">{options.appName}</p>
        <h1 id="parley-signin-title">{title}</h1>
        {notice && <p className="parley-notice">{notice}</p>}
        {!options.localAccounts ? (
          <p>{t("localAccountsDisabled")}</p>
        ) : (
          <>
            <label htmlFor={ids.user}>{t("userIdLabel")}</label>
            <input
              id={ids.user}
              name="userId"
              autoComplete="username"
              required
              value={userId}
              onChange={(e) => setUserId(e.target.value)}
              aria-describedby={error ? ids.error : undefined}
              {...invalid("userId", ids.user)}
            />
            {fieldError("userId", ids.user)}
            {mode === "signup" && (
              <>
                <label htmlFor={ids.name}>{t("nameLabel")}</label>
                <input
                  id={ids.name}
                  name="name"
                  autoComplete="name"
                  required
                  value={name}
                  onChange={(e) => setName(e.target.value)}
                  {...invalid("name", ids.name)}
                />
                {fieldError("name", ids.name)}
              </>
            )}
            <label htmlFor={ids.password}>{t("passwordLabel")}</label>
            <input
              id={ids.password}
              name="password"
              type="password"
              autoComplete={mode === "signin" ? "current-password" : "new-password"}
              required
              minLength={mode === "signup" ? 8 : undefined}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              {...invalid("password", ids.password)}
            />
            {fieldError("password", ids.password)}
            {error && (
              <p id={ids.error} className="parley-error" role="alert">
                {error}
              </p>
            )}
            <button type="submit" className="parley-button parley-button-primary" disabled={busy || !userId || !password}>
              {mode === "signin" ? t("signInButton") : t("signUpButton")}
            </button>
            {options.signup && (
              <button
                type="button"
                className="parley-link-button"
                onClick={() => {
                  setMode(mode === "signin" ? "signup" : "signin");
                  setError(null);
                  setFieldErrors({});
                }}
              >
                {mode === "signin" ? t("switchToSignUp") : t("switchToSignIn")}
              </button>
            )}
          </>
        )}
      </form>
    </main>
  );
}
