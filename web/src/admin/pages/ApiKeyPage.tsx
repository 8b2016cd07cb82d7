import { useCallback, useEffect, useState } from "react";
import { useConfirm } from "../../app/common/useConfirm";
import type { AdminApi, ApiKeyState } from "../adminApi";
import { formatTime } from "../format";
import { at } from "../strings";
import { useAction } from "../useAction";
import { Failure, Notice } from "./SearchForm";
import { SecretOnce } from "./SecretOnce";

/**
 * The app's credentials: the public API key, the secret's version and age, and the rotation —
 * after a confirmation, the new secret is shown once, with a copy button and a warning.
 */
export function ApiKeyPage({ api }: { api: AdminApi }) {
  const [state, setState] = useState<ApiKeyState | null>(null);
  const [hours, setHours] = useState("24");
  const [secret, setSecret] = useState<string | null>(null);
  const { notice, setNotice, failure, act } = useAction();
  const { confirm, dialog } = useConfirm();

  const load = useCallback(() => act(async () => {
    setState(await api.apiKey());
    return "";
  }), [api, act]);
  useEffect(() => void load(), [load]);

  const rotate = () =>
    act(async () => {
      const overlap = hours.trim() === "" ? undefined : Number(hours);
      if (!(await confirm(at("confirmRotateApiKey", { hours: overlap ?? 24 }), at("rotateAction")))) return "";
      const rotated = await api.rotateApiSecret(overlap);
      setSecret(rotated.secret ?? null);
      setState({ ...rotated, secret: undefined });
      return "";
    });

  return (
    <section aria-labelledby="admin-api-key">
      <h1 id="admin-api-key">{at("apiKey")}</h1>
      <p className="parley-help">{at("apiKeyHelp")}</p>
      <Notice text={notice} />
      <Failure text={failure} />
      {state && (
        <dl className="parley-admin-facts">
          <dt>{at("apiKeyLabel")}</dt>
          <dd>
            <code>{state.apiKey}</code>
          </dd>
          <dt>{at("secretVersion")}</dt>
          <dd>{state.secretVersion}</dd>
          <dt>{at("secretCreated")}</dt>
          <dd>{formatTime(state.secretCreatedAt)}</dd>
          <dt>{at("previousValidUntil")}</dt>
          <dd>{state.previousSecretValidUntil ? formatTime(state.previousSecretValidUntil) : at("noPreviousSecret")}</dd>
        </dl>
      )}
      {secret && (
        <div className="parley-admin-keysecret">
          <SecretOnce secret={secret} label={at("newSecret")} testId="new-secret" />
          <p>{at("newSecretWarning")}</p>
        </div>
      )}
      <div className="parley-admin-heading">
        <label className="parley-admin-field">
          <span>{at("overlapLabel")}</span>
          <input type="number" min="0" max="720" step="any" inputMode="decimal" value={hours} onChange={(e) => setHours(e.target.value)} />
        </label>
        <button
          type="button"
          className="parley-button parley-danger"
          onClick={() => {
            setNotice(null);
            void rotate();
          }}
        >
          {at("rotate")}
        </button>
      </div>
      {dialog}
    </section>
  );
}
