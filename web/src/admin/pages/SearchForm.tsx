import type { FormEvent, ReactNode } from "react";
import { at } from "../strings";

/** A filter form: its fields, and a search button that submits them (Enter works in any field). */
export function SearchForm({ onSearch, children }: { onSearch: () => void; children: ReactNode }) {
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch();
  };
  return (
    <form className="parley-admin-filters" role="search" onSubmit={submit}>
      {children}
      <button type="submit" className="parley-button parley-button-primary">
        {at("search")}
      </button>
    </form>
  );
}

/** A labelled text field of a filter form. */
export function Field({ label, value, onChange, type = "text" }: { label: string; value: string; onChange: (v: string) => void; type?: string }) {
  return (
    <label className="parley-admin-field">
      <span>{label}</span>
      <input type={type} value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}

/** The end of a paged list: an error, "nothing found", or "load more". */
export function ListFooter({ error, empty, hasMore, busy, onMore }: { error: string | null; empty: boolean; hasMore: boolean; busy: boolean; onMore: () => void }) {
  return (
    <>
      {error && (
        <p className="parley-error" role="alert">
          {error}
        </p>
      )}
      {empty && !busy && !error && <p className="parley-empty">{at("nothingFound")}</p>}
      {hasMore && (
        <button type="button" className="parley-button" disabled={busy} onClick={onMore}>
          {at("loadMore")}
        </button>
      )}
    </>
  );
}

/** A polite status line for what the last action did. */
export function Notice({ text }: { text: string | null }) {
  return (
    <p className="parley-admin-notice" role="status">
      {text ?? ""}
    </p>
  );
}

/** The server's problem with the last action, announced. */
export function Failure({ text }: { text: string | null }) {
  return text ? (
    <p className="parley-error" role="alert">
      {text}
    </p>
  ) : null;
}
