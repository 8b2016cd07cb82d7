import { useState } from "react";
import { useConfirm } from "../../app/common/useConfirm";
import type { MessageFlag } from "../../client/types";
import type { AdminApi, FlagStatus } from "../adminApi";
import { formatTime } from "../format";
import { routeHref } from "../route";
import { at } from "../strings";
import { useAction } from "../useAction";
import { usePaged } from "../usePaged";
import { useRoomNames } from "../useRoomNames";
import { Failure, ListFooter, Notice, SearchForm } from "./SearchForm";

/** The moderation queue: reported messages, newest first, each dismissed (the message stays) or deleted. */
export function FlagsPage({ api }: { api: AdminApi }) {
  const [status, setStatus] = useState<FlagStatus>("open");
  const list = usePaged((cursor) => api.flags(status, cursor));
  const { notice, setNotice, failure, act } = useAction();
  const roomNames = useRoomNames(api, list.items.map((f) => f.roomId));
  const { confirm, dialog } = useConfirm();

  const resolve = (flag: MessageFlag, action: "dismiss" | "delete") =>
    act(async () => {
      if (action === "delete" && !(await confirm(at("confirmDeleteFlagged", { user: flag.authorId }), at("deleteMessage")))) return "";
      await api.resolveFlag(flag.id, action);
      // Every open flag of the same message is resolved with it.
      list.setItems((items) => items.filter((f) => f.messageId !== flag.messageId));
      return at(action === "delete" ? "flagDeleted" : "flagDismissed");
    });

  return (
    <section aria-labelledby="admin-flags">
      <h1 id="admin-flags">{at("flags")}</h1>
      <SearchForm
        onSearch={() => {
          setNotice(null);
          void list.reload();
        }}
      >
        <label className="parley-admin-field">
          <span>{at("flagStatusLabel")}</span>
          <select value={status} onChange={(e) => setStatus(e.target.value as FlagStatus)}>
            <option value="open">{at("flagsOpen")}</option>
            <option value="dismissed">{at("flagsDismissed")}</option>
            <option value="deleted">{at("flagsDeleted")}</option>
          </select>
        </label>
      </SearchForm>
      <Notice text={notice} />
      <Failure text={failure} />
      <ul className="parley-admin-flag-list">
        {list.items.map((flag) => (
          <li key={flag.id} data-flag-id={flag.id} className="parley-admin-flag">
            <dl className="parley-admin-flag-facts">
              <dt>{at("roomLabel")}</dt>
              <dd>
                <a href={routeHref({ page: "room", roomId: flag.roomId })}>{roomNames.get(flag.roomId) ?? flag.roomId}</a>
              </dd>
              <dt>{at("reporterLabel")}</dt>
              <dd>{flag.reporterId}</dd>
              <dt>{at("reasonLabel")}</dt>
              <dd className="parley-admin-flag-reason">{flag.reason}</dd>
              <dt>{at("whenColumn")}</dt>
              <dd>
                <time dateTime={flag.createdAt}>{formatTime(flag.createdAt)}</time>
              </dd>
            </dl>
            <figure className="parley-admin-flag-copy">
              <figcaption>{at("reportedCopy", { user: flag.authorId })}</figcaption>
              <blockquote className="parley-admin-message-text">{flag.text}</blockquote>
              {flag.status === "deleted" && <p className="parley-muted">{at("messageWasDeleted")}</p>}
            </figure>
            {flag.status === "open" ? (
              <div className="parley-admin-actions">
                <button type="button" className="parley-button" onClick={() => void resolve(flag, "dismiss")}>
                  {at("dismiss")}
                </button>
                <button type="button" className="parley-button parley-danger" onClick={() => void resolve(flag, "delete")}>
                  {at("deleteMessage")}
                </button>
              </div>
            ) : (
              flag.resolvedBy && <p className="parley-muted">{at("resolvedBy", { user: flag.resolvedBy, when: formatTime(flag.resolvedAt) })}</p>
            )}
          </li>
        ))}
      </ul>
      <ListFooter error={list.error} empty={list.items.length === 0} hasMore={list.hasMore} busy={list.busy} onMore={() => void list.more()} />
      {dialog}
    </section>
  );
}
