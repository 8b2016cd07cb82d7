import { useState } from "react";
import { useConfirm } from "../../app/common/useConfirm";
import { adminError } from "../useAction";
import type { AdminApi } from "../adminApi";
import { formatTime, isoOf } from "../format";
import { at } from "../strings";
import { usePaged } from "../usePaged";
import { Field, ListFooter, Notice, SearchForm } from "./SearchForm";

/** A room's messages, newest first, filtered by text, author and time; selected ones are deleted in one go. */
export function RoomMessages({ api, roomId }: { api: AdminApi; roomId: string }) {
  const [text, setText] = useState("");
  const [author, setAuthor] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const { confirm, dialog } = useConfirm();
  const list = usePaged((cursor) =>
    api.messages({ roomId, query: text.trim(), userId: author.trim(), from: isoOf(from), to: isoOf(to) }, cursor),
  );

  const toggle = (id: string) =>
    setSelected((old) => {
      const next = new Set(old);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const deleteSelected = async () => {
    const ids = [...selected];
    if (!(await confirm(at("confirmDeleteMessages", { count: ids.length }), at("deleteSelected", { count: ids.length })))) return;
    setFailure(null);
    try {
      await api.deleteMessages(ids);
      list.setItems((items) => items.filter((m) => !selected.has(m.id)));
      setSelected(new Set());
      setNotice(at("deletedNotice", { count: ids.length }));
    } catch (e) {
      setFailure(adminError(e));
    }
  };

  return (
    <section aria-labelledby="admin-room-messages" className="parley-admin-messages">
      <h2 id="admin-room-messages">{at("roomMessages")}</h2>
      <SearchForm onSearch={() => void list.reload()}>
        <Field label={at("textLabel")} value={text} onChange={setText} />
        <Field label={at("authorLabel")} value={author} onChange={setAuthor} />
        <Field label={at("fromLabel")} value={from} onChange={setFrom} type="datetime-local" />
        <Field label={at("toLabel")} value={to} onChange={setTo} type="datetime-local" />
      </SearchForm>
      <div className="parley-admin-toolbar">
        <button type="button" className="parley-button parley-danger" disabled={selected.size === 0} onClick={() => void deleteSelected()}>
          {at("deleteSelected", { count: selected.size })}
        </button>
        <Notice text={notice} />
      </div>
      {failure && (
        <p className="parley-error" role="alert">
          {failure}
        </p>
      )}
      <ul className="parley-admin-message-list">
        {list.items.map((m) => (
          <li key={m.id} data-message-id={m.id}>
            <label className="parley-admin-message">
              <input type="checkbox" checked={selected.has(m.id)} onChange={() => toggle(m.id)} aria-label={at("selectMessage", { user: m.userId })} />
              <span className="parley-admin-message-meta">
                <strong>{m.userId}</strong> <time dateTime={m.createdAt}>{formatTime(m.createdAt)}</time>
              </span>
              <span className="parley-admin-message-text">{m.text}</span>
            </label>
          </li>
        ))}
      </ul>
      <ListFooter error={list.error} empty={list.items.length === 0} hasMore={list.hasMore} busy={list.busy} onMore={() => void list.more()} />
      {dialog}
    </section>
  );
}
