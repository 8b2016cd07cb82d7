import { useMemo } from "react";
import type { Message, Room } from "../../client";
import { useChat, useClientState } from "../hooks/chat";
import { useNow } from "../hooks/useNow";
import { exactTime, relativeTime } from "../i18n/format";
import { t } from "../i18n/t";
import { Markdown } from "../markdown/Markdown";
import { mentionMarks } from "../mentions/marks";
import { useShowUser } from "../people/userCards";
import { Avatar } from "../rooms/Avatar";
import { threadOf } from "./thread";

/**
 * A reply chain beside the room: the message it starts from and every reply to it (or to a
 * reply), live as the room changes. "Reply" answers the newest message of the chain in the
 * room's composer.
 */
export function ThreadPanel({ room, messageId, id, onClose, onReply }: { room: Room; messageId: string; id: string; onClose: () => void; onReply?: ((m: Message) => void) | undefined }) {
  const { client, config } = useChat();
  const timeline = useClientState((c) => c.getTimeline(room.id));
  useClientState((c) => c.members.version);
  const showUser = useShowUser();
  const chain = useMemo(() => threadOf(timeline.messages, messageId), [timeline, messageId]);
  const last = chain[chain.length - 1];
  const now = useNow(30_000);

  return (
    <aside className="parley-panel parley-thread" id={id} aria-label={t("threadPanel")} data-testid="thread-panel">
      <div className="parley-panel-header">
        <h3>{t("threadPanel")}</h3>
        <button type="button" className="parley-button" onClick={onClose}>
          {t("close")}
        </button>
      </div>
      {chain.length === 0 ? (
        <p className="parley-muted">{t("threadGone")}</p>
      ) : (
        <ol className="parley-thread-list" aria-label={t("threadPanel")}>
          {chain.map((m) => {
            const name = m.userId === client.userId ? t("you") : client.members.name(m.userId);
            return (
              <li key={m.id} className="parley-thread-item" data-testid="thread-message" data-message-id={m.id}>
                <Avatar name={name} url={client.members.user(m.userId)?.avatarUrl} size={24} />
                <div className="parley-thread-body">
                  <p className="parley-thread-meta">
                    {showUser && m.userId !== client.userId ? (
                      <button type="button" className="parley-author parley-person" onClick={() => showUser(m.userId)}>
                        {name}
                      </button>
                    ) : (
                      <span className="parley-author">{name}</span>
                    )}{" "}
                    <time className="parley-muted" dateTime={m.createdAt} title={exactTime(m.createdAt)}>
                      {relativeTime(m.createdAt, new Date(now))}
                    </time>
                  </p>
                  {m.deletedAt ? (
                    <p className="parley-deleted">{t("deleted")}</p>
                  ) : (
                    <div className="parley-text">
                      <Markdown text={m.text} plain={!config.features.markdown} mentions={mentionMarks(m, client.userId, (u) => client.members.name(u))} />
                    </div>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {onReply && last && (
        <button type="button" className="parley-button parley-button-primary parley-thread-reply" onClick={() => onReply(last)}>
          {t("replyInThread")}
        </button>
      )}
    </aside>
  );
}
