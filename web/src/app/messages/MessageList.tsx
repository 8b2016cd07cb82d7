import { useCallback, useEffect, useMemo, useRef, useState, type Ref } from "react";
import type { Message, Room } from "../../client";
import { useChat, useClientState } from "../hooks/chat";
import { useShowUser } from "../people/userCards";
import { useConfirm } from "../common/useConfirm";
import { mentionMarks } from "../mentions/marks";
import { canDelete, canEdit, roomAbilities } from "../hooks/usePermissions";
import { useDocumentVisible, useNow } from "../hooks/useNow";
import { dayLabel } from "../i18n/format";
import { errorMessage, t } from "../i18n/t";
import { MessageItem, PendingItem, type MessageActions } from "./MessageItem";
import { ReportDialog } from "./ReportDialog";
import { buildRows, type Row } from "./rows";
import { replyCounts } from "../thread/thread";
import { useRovingFocus } from "./useRovingFocus";
import { VirtualList, type VirtualListHandle } from "./VirtualList";

export interface MessageListProps {
  room: Room;
  onReply: (message: Message) => void;
  onEdit: (message: Message) => void;
  onError: (text: string) => void;
  listRef?: Ref<VirtualListHandle>;
  /** Opens a message's reply chain beside the room. */
  onOpenThread?: ((message: Message) => void) | undefined;
}

const estimateRow = (row: Row): number => (row.kind === "message" ? (row.startsGroup ? 72 : 40) : row.kind === "pending" ? 64 : 36);
const rowKey = (row: Row): string => row.key;

/** The open room's messages: virtualized, grouped, with history on scroll-up and read marks at the bottom. */
export function MessageList({ room, onReply, onEdit, onError, listRef, onOpenThread }: MessageListProps) {
  const { client, config, hidden } = useChat();
  const me = client.userId;
  const timeline = useClientState((c) => c.getTimeline(room.id));
  const pending = useClientState((c) => c.getPending(room.id));
  useClientState((c) => c.members.version);
  const othersRead = useClientState((c) => c.othersReadSeq(room.id));
  const now = useNow(30_000);
  const visible = useDocumentVisible() && !hidden;
  const [readUpTo] = useState<number | null>(() => (room.unreadCount > 0 ? room.lastReadSeq : null));
  const [atBottom, setAtBottom] = useState(true);
  const [announcement, setAnnouncement] = useState("");
  const [reporting, setReporting] = useState<Message | null>(null);
  const [notice, setNotice] = useState("");
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(""), 6000);
    return () => clearTimeout(timer);
  }, [notice]);
  const ownRef = useRef<VirtualListHandle | null>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const abilities = roomAbilities(room);
  const { confirm, dialog } = useConfirm();
  const showUser = useShowUser();
  const rovingKeys = useRovingFocus(wrapRef, () => ownRef.current?.scrollToBottom());

  const connection = useClientState((c) => c.getState());
  const [loadFailed, setLoadFailed] = useState(false);
  const load = useCallback(() => {
    setLoadFailed(false);
    client.loadLatest(room.id).catch(() => setLoadFailed(true));
    void client.members.ensure(room.id).catch(() => undefined);
  }, [client, room.id]);

  useEffect(() => {
    if (!timeline.loaded) load();
    else void client.members.ensure(room.id).catch(() => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per room
  }, [client, room.id]);

  // A room opened while offline loads as soon as the connection is back.
  useEffect(() => {
    if (connection === "online" && loadFailed && !timeline.loaded) load();
  }, [connection, loadFailed, timeline.loaded, load]);

  const lastSeq = timeline.messages[timeline.messages.length - 1]?.seq;
  useEffect(() => {
    if (atBottom && visible && lastSeq !== undefined) void client.markRead(room.id, lastSeq).catch(() => undefined);
  }, [client, room.id, atBottom, visible, lastSeq]);

  useEffect(
    () =>
      client.on("message.new", (m) => {
        if (m.roomId === room.id && m.userId !== me) {
          setAnnouncement(t("newMessageAnnouncement", { name: client.members.name(m.userId), text: m.text.slice(0, 200) }));
        }
      }),
    [client, room.id, me],
  );

  const rows = useMemo(
    () => buildRows(timeline.messages, pending, readUpTo, me, timeline.hasMoreBefore),
    [timeline, pending, readUpTo, me],
  );
  const byId = useMemo(() => new Map(timeline.messages.map((m) => [m.id, m])), [timeline]);
  const replies = useMemo(() => replyCounts(timeline.messages), [timeline]);

  const seenSeq = useMemo(() => {
    if (room.type !== "direct" || !config.features.readReceipts) return 0;
    const fromMembers = Math.max(0, ...(client.members.list(room.id) ?? []).filter((m) => m.userId !== me).map((m) => m.lastReadSeq));
    return Math.max(othersRead, fromMembers);
  }, [room, config.features.readReceipts, client, me, othersRead, timeline]);
  const lastOwnSeq = useMemo(() => {
    for (let i = timeline.messages.length - 1; i >= 0; i--) if (timeline.messages[i]!.userId === me) return timeline.messages[i]!.seq;
    return -1;
  }, [timeline, me]);

  const jumpTo = useCallback(
    async (messageId: string) => {
      for (let page = 0; page < 20 && !client.getTimeline(room.id).messages.some((m) => m.id === messageId); page++) {
        if (!(await client.loadOlder(room.id).catch(() => false))) break;
      }
      requestAnimationFrame(() => {
        if (ownRef.current?.scrollToKey(messageId)) {
          requestAnimationFrame(() => highlight(wrapRef.current?.querySelector<HTMLElement>(`[data-message-id="${CSS.escape(messageId)}"]`)));
        }
      });
    },
    [client, room.id],
  );

  const nameOf = useCallback((id: string) => (id === me ? t("you") : client.members.name(id)), [client, me]);
  const run = useCallback((p: Promise<unknown>) => void p.catch((e: unknown) => onError(errorMessage(e))), [onError]);
  const actions: MessageActions = useMemo(
    () => ({
      jumpTo: (id) => void jumpTo(id),
      showUser: showUser ?? undefined,
      openThread: onOpenThread,
      ...(abilities.send && config.features.replies ? { reply: onReply } : {}),
      edit: onEdit,
      delete: (m) => {
        void confirm(t("confirmDelete"), t("delete")).then((yes) => yes && run(client.delete(room.id, m.id)));
      },
      ...(abilities.react && config.features.reactions ? { react: (m: Message, emoji: string, on: boolean) => run(client.react(room.id, m.id, emoji, on)) } : {}),
      stop: (m: Message) => run(client.stopStream(room.id, m.id)),
      report: setReporting,
    }),
    [jumpTo, showUser, onOpenThread, abilities.send, abilities.react, config.features, onReply, onEdit, run, client, room.id, confirm],
  );

  const render = (row: Row) => {
    switch (row.kind) {
      case "start":
        // every row of the list is a listitem (axe: aria-required-children)
        return (
          <div role="listitem">
          {loadFailed && !timeline.loaded ? (
            <p className="parley-list-start parley-load-error" role="alert" data-testid="load-error">
              {connection === "online" ? t("loadFailed") : t("loadFailedOffline")}{" "}
              <button type="button" className="parley-link-button" onClick={load}>
                {t("retry")}
              </button>
            </p>
          ) : (
            <p className="parley-list-start">{timeline.loadingOlder ? t("loadingOlder") : timeline.hasMoreBefore ? "" : timeline.loaded ? t("beginning") : t("loading")}</p>
          )}
          </div>
        );
      case "day":
        return (
          <div role="listitem">
            <div className="parley-day" role="separator" aria-label={dayLabel(row.iso, new Date(now))}>
              <span>{dayLabel(row.iso, new Date(now))}</span>
            </div>
          </div>
        );
      case "unread":
        return (
          <div role="listitem">
            <div className="parley-unread-divider" role="separator" aria-label={t("newMessages")} data-testid="new-messages-divider">
              <span>{t("newMessages")}</span>
            </div>
          </div>
        );
      case "pending":
        return (
          <PendingItem
            pending={row.pending}
            startsGroup={row.startsGroup}
            onRetry={() => client.retry(row.pending.clientId)}
            onDiscard={() => client.discard(row.pending.clientId)}
            errorText={
              row.pending.error === "slow_mode" && row.pending.retryAfterSeconds
                ? t("slowModeWait", { seconds: row.pending.retryAfterSeconds })
                : row.pending.error
                  ? errorMessage({ code: row.pending.error })
                  : undefined
            }
          />
        );
      case "message": {
        const m = row.message;
        const parent = m.parentId ? byId.get(m.parentId) : undefined;
        return (
          <MessageItem
            message={m}
            startsGroup={row.startsGroup}
            own={m.userId === me}
            authorName={client.members.name(m.userId)}
            authorAvatar={client.members.user(m.userId)?.avatarUrl}
            parent={parent}
            parentAuthor={parent ? client.members.name(parent.userId) : undefined}
            nameOf={nameOf}
            me={me}
            mentionMarks={mentionMarks(m, me, (id) => client.members.name(id))}
            markdown={config.features.markdown}
            canEdit={canEdit(m, me, room)}
            canDelete={canDelete(m, me, room)}
            seen={m.seq === lastOwnSeq && seenSeq >= m.seq}
            replyCount={replies.get(m.id) ?? 0}
            now={now}
            actions={actions}
          />
        );
      }
    }
  };

  const setHandle = (h: VirtualListHandle | null) => {
    ownRef.current = h;
    if (typeof listRef === "function") listRef(h);
    else if (listRef) (listRef as { current: VirtualListHandle | null }).current = h;
  };

  return (
    <div className="parley-messages-wrap" ref={wrapRef} onKeyDown={rovingKeys}>
      {dialog}
      {reporting && (
        <ReportDialog
          message={reporting}
          onClose={() => setReporting(null)}
          onDone={() => {
            setReporting(null);
            setNotice(t("reported"));
          }}
        />
      )}
      {notice && (
        <p className="parley-notice" role="status" data-testid="report-notice">
          {notice}
        </p>
      )}
      <VirtualList
        items={rows}
        getKey={rowKey}
        estimate={estimateRow}
        render={render}
        label={t("messages")}
        regionLabel={t("messageHistory")}
        className="parley-messages"
        handleRef={setHandle}
        focusable={timeline.messages.length + pending.length === 0}
        initialKey={readUpTo !== null ? "unread" : undefined}
        onNearTop={() => {
          if (timeline.loaded && timeline.hasMoreBefore && !timeline.loadingOlder) void client.loadOlder(room.id).catch(() => undefined);
        }}
        onAtBottomChange={setAtBottom}
      />
      {!atBottom && (
        <button type="button" className="parley-jump parley-button parley-button-primary" onClick={() => ownRef.current?.scrollToBottom()}>
          {t("jumpToLatest")}
        </button>
      )}
      <div className="parley-visually-hidden" aria-live="polite" aria-atomic="true" data-testid="new-message-announcer">
        {announcement}
      </div>
    </div>
  );
}

/** Focuses the message a quote jumped to and marks it for a moment, so the eye finds it. */
function highlight(row: HTMLElement | null | undefined): void {
  if (!row) return;
  row.focus();
  row.removeAttribute("data-highlighted");
  void row.offsetWidth; // restart the animation when the same message is jumped to again
  row.setAttribute("data-highlighted", "true");
  setTimeout(() => row.removeAttribute("data-highlighted"), 2_500);
}
