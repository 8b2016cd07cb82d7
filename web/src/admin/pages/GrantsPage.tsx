import { useCallback, useEffect, useId, useState } from "react";
import { adminError } from "../useAction";
import type { AdminApi } from "../adminApi";
import { at } from "../strings";
import { Notice } from "./SearchForm";

/** The grants document as JSON: edited and saved whole; the server's refusal (naming each bad rule) is shown as is. */
export function GrantsPage({ api }: { api: AdminApi }) {
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { field: useId(), help: useId(), error: useId() };

  const load = useCallback(() => {
    setError(null);
    api.grants().then(
      (document) => setText(JSON.stringify(document, null, 2)),
      (e: unknown) => setError(adminError(e)),
    );
  }, [api]);
  useEffect(load, [load]);

  const save = async () => {
    setNotice(null);
    setError(null);
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch (e) {
      setError(at("notJson", { reason: (e as Error).message }));
      return;
    }
    setBusy(true);
    try {
      setText(JSON.stringify(await api.replaceGrants(document), null, 2));
      setNotice(at("grantsSaved"));
    } catch (e) {
      setError(adminError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="admin-grants">
      <div className="parley-admin-heading">
        <h1 id="admin-grants">{at("grants")}</h1>
        <button type="button" className="parley-button" onClick={load}>
          {at("reload")}
        </button>
        <button type="button" className="parley-button parley-button-primary" disabled={busy} onClick={() => void save()}>
          {at("save")}
        </button>
      </div>
      <p id={ids.help} className="parley-help">
        {at("grantsHelp")}
      </p>
      <label htmlFor={ids.field}>{at("grantsLabel")}</label>
      <textarea
        id={ids.field}
        className="parley-admin-json"
        spellCheck={false}
        rows={24}
        value={text}
        aria-describedby={error ? `${ids.help} ${ids.error}` : ids.help}
        aria-invalid={error ? true : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      {error && (
        <p id={ids.error} className="parley-error" role="alert">
          {error}
        </p>
      )}
      <Notice text={notice} />
    </section>
  );
}
