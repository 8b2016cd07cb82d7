import { useState } from "react";
import { adminError } from "../useAction";
import type { AdminApi, AuditFilter } from "../adminApi";
import { formatTime, isoOf } from "../format";
import { at } from "../strings";
import { usePaged } from "../usePaged";
import { saveBlob } from "../download";
import { Field, ListFooter, SearchForm } from "./SearchForm";

/** The audit log, newest first, filtered by actor, action and time; the same filter downloads as CSV. */
export function AuditPage({ api }: { api: AdminApi }) {
  const [actor, setActor] = useState("");
  const [action, setAction] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [failure, setFailure] = useState<string | null>(null);
  const filter = (): AuditFilter => ({ actorId: actor.trim(), action: action.trim(), from: isoOf(from), to: isoOf(to) });
  const list = usePaged((cursor) => api.audit(filter(), cursor));

  const download = async () => {
    setFailure(null);
    try {
      saveBlob(await api.auditCsv(filter()), "parley-audit.csv");
    } catch (e) {
      setFailure(adminError(e));
    }
  };

  return (
    <section aria-labelledby="admin-audit">
      <div className="parley-admin-heading">
        <h1 id="admin-audit">{at("audit")}</h1>
        <button type="button" className="parley-button" onClick={() => void download()}>
          {at("downloadCsv")}
        </button>
      </div>
      <SearchForm onSearch={() => void list.reload()}>
        <Field label={at("actorLabel")} value={actor} onChange={setActor} />
        <Field label={at("actionLabel")} value={action} onChange={setAction} />
        <Field label={at("fromLabel")} value={from} onChange={setFrom} type="datetime-local" />
        <Field label={at("toLabel")} value={to} onChange={setTo} type="datetime-local" />
      </SearchForm>
      {failure && (
        <p className="parley-error" role="alert">
          {failure}
        </p>
      )}
      <table className="parley-admin-table">
        <thead>
          <tr>
            <th scope="col">{at("whenColumn")}</th>
            <th scope="col">{at("actorColumn")}</th>
            <th scope="col">{at("actionColumn")}</th>
            <th scope="col">{at("targetColumn")}</th>
            <th scope="col">{at("changeColumn")}</th>
          </tr>
        </thead>
        <tbody>
          {list.items.map((entry) => (
            <tr key={entry.id}>
              <td>
                <time dateTime={entry.at}>{formatTime(entry.at)}</time>
              </td>
              <td>{entry.actorId}</td>
              <td>{entry.action}</td>
              <td>
                {entry.targetType} {entry.targetId && <span className="parley-muted">{entry.targetId}</span>}
              </td>
              <td className="parley-admin-change">
                {entry.before ?? "—"} → {entry.after ?? "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ListFooter error={list.error} empty={list.items.length === 0} hasMore={list.hasMore} busy={list.busy} onMore={() => void list.more()} />
    </section>
  );
}
