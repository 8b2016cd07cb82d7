import { memo, useRef, useState, type KeyboardEvent } from "react";
import type { Message, PendingMessage } from "../../client";
import { mentionsUser } from "../../client";
import { Attachments } from "../files/Attachments";
import { fileSize } from "../files/format";
import { CallLog } from "../calls/CallLog";
import { Markdown, QuoteMarkdown } from "../markdown/Markdown";
import type { MentionMark } from "../mentions/highlight";
import { exactTime, relativeTime } from "../i18n/format";
import { t } from "../i18n/t";
import { Avatar } from "../rooms/Avatar";

export const QUICK_REACTIONS = ["👍", "❤️", "😂", "🎉", "😮", "😢"];

export interface MessageActions {
  reply?: (message: Message) => void;
  edit?: (message: Message) => void;
  delete?: (message: Message) => void;
  /** Reports someone else's message to the app's admins. */
  report?: (message: Message) => void;
  react?: (message: Message, emoji: string, on: boolean) => void;
  /** Asks the author (a bot) of a streaming reply to stop. */
  stop?: (message: Message) => void;
  jumpTo: (messageId: string) => void;
  /** Opens the reply chain of a message beside the room. */
  openThread?: ((message: Message) => void) | undefined;
  /** Opens the card of a person (the author's name and picture). */
  showUser?: ((userId: string) => void) | undefined;
}

interface Props {
  message: Message;
  startsGroup: boolean;
  own: boolean;
  authorName: string;
  authorAvatar?: string | undefined;
  parent: Message | undefined;
  parentAuthor: string | undefined;
  nameOf: (userId: string) => string;
  me: string;
  /** The `@` words of the message's mentions to highlight. */
  mentionMarks: readonly MentionMark[];
  markdown: boolean;
  canEdit: boolean;
  canDelete: boolean;
  seen: boolean;
  /** Loaded messages that answer this one. */
  replyCount: number;
  now: number;
  actions: MessageActions;
}

/** One message: author and time (first of a group), text, edited/deleted state, reply quote, reactions, actions. */
export const MessageItem = memo(function MessageItem(p: Props) {
  const { message, own, actions } = p;
  const [picking, setPicking] = useState(false);
  const reactButton = useRef<HTMLButtonElement>(null);
  const deleted = message.deletedAt !== undefined;
  const streaming = message.streaming === true && !deleted;
  const [stopAsked, setStopAsked] = useState(false);
  const reactions = message.reactions ?? [];
  const time = relativeTime(message.createdAt, new Date(p.now));
  const mentionsMe = !own && !deleted && mentionsUser(message, p.me);

  return (
    <div
      role="listitem"
      className={`parley-message${own ? " parley-own" : ""}${p.startsGroup ? " parley-group-start" : ""}${mentionsMe ? " parley-mentions-me" : ""}`}
      data-testid="message"
      data-message-id={message.id}
      data-seq={message.seq}
      data-streaming={streaming ? "true" : undefined}
      aria-busy={streaming || undefined}
      tabIndex={-1}
      aria-label={`${p.authorName}, ${exactTime(message.createdAt)}${mentionsMe ? `, ${t("mentionsYou")}` : ""}`}
    >
      <div className="parley-message-gutter">
        {p.startsGroup && !own && (
          // the picture repeats the name button next to it for the mouse; the keyboard uses the name
          <span className={actions.showUser ? "parley-clickable" : undefined} onClick={() => actions.showUser?.(message.userId)}>
            <Avatar name={p.authorName} url={p.authorAvatar} size={32} />
          </span>
        )}
        {!p.startsGroup && (
          <time className="parley-hover-time" dateTime={message.createdAt} title={exactTime(message.createdAt)}>
            {time}
          </time>
        )}
      </div>
      <div className="parley-message-main">
        {p.startsGroup && (
          <div className="parley-message-meta">
            {actions.showUser && !own ? (
              <button type="button" className="parley-author parley-person" onClick={() => actions.showUser!(message.userId)} data-testid="author">
                {p.authorName}
              </button>
            ) : (
              <span className="parley-author">{own ? t("you") : p.authorName}</span>
            )}
            <time dateTime={message.createdAt} title={exactTime(message.createdAt)} tabIndex={0}>
              {time}
            </time>
          </div>
        )}
        <div className="parley-bubble">
          {message.parentId && !deleted && (
            <button type="button" className="parley-quote" onClick={() => actions.jumpTo(message.parentId!)} aria-label={t("jumpToOriginal")}>
              <span className="parley-quote-author">{p.parentAuthor ?? ""}</span>
              <span className="parley-quote-text">
                {p.parent ? p.parent.deletedAt ? t("deleted") : <QuoteMarkdown text={p.parent.text} plain={!p.markdown} /> : t("originalNotLoaded")}
              </span>
            </button>
          )}
          {deleted ? (
            <p className="parley-deleted">{t("deleted")}</p>
          ) : message.kind === "call" && message.call ? (
            <CallLog note={message.call} />
          ) : (
            <>
              {streaming ? (
                <div className="parley-text">
                  {message.text === "" ? (
                    <p className="parley-stream-waiting">{t("thinking")}</p>
                  ) : (
                    <Markdown text={message.text} plain={!p.markdown} mentions={p.mentionMarks} />
                  )}
                  <span className="parley-stream-caret" data-testid="stream-caret" aria-label={t("streaming")} />
                </div>
              ) : (
                message.text && (
                  <div className="parley-text">
                    <Markdown text={message.text} plain={!p.markdown} mentions={p.mentionMarks} />
                  </div>
                )
              )}
              <Attachments attachments={message.attachments ?? []} />
            </>
          )}
          {streaming && !own && actions.stop && (
            <button
              type="button"
              className="parley-stream-stop"
              data-testid="stop-stream"
              disabled={stopAsked}
              onClick={() => {
                setStopAsked(true);
                actions.stop!(message);
              }}
            >
              {stopAsked ? t("stopping") : t("stopReply")}
            </button>
          )}
          {message.editedAt && !deleted && (
            <span className="parley-edited" title={exactTime(message.editedAt)}>
              ({t("edited")})
            </span>
          )}
        </div>
        {reactions.length > 0 && (
          <div className="parley-reactions">
            {reactions.map((r) => {
              const mine = r.userIds.includes(p.me);
              const names = r.userIds.map(p.nameOf).join(", ");
              return (
                <button
                  key={r.emoji}
                  type="button"
                  className="parley-reaction"
                  aria-pressed={mine}
                  disabled={!actions.react}
                  aria-label={t("reactionSummary", { emoji: r.emoji, count: r.count, names })}
                  title={names}
                  onClick={() => actions.react?.(message, r.emoji, !mine)}
                >
                  <span aria-hidden="true">{r.emoji}</span> <span aria-hidden="true">{r.count}</span>
                </button>
              );
            })}
          </div>
        )}
        {p.replyCount > 0 && actions.openThread && (
          <button type="button" className="parley-link-button parley-reply-count" onClick={() => actions.openThread!(message)}>
            {p.replyCount === 1 ? t("replyCountOne") : t("replyCountMany", { count: p.replyCount })}
          </button>
        )}
        {p.seen && <p className="parley-seen">{t("seen")}</p>}
      </div>
      {!deleted && (
        <div
          className="parley-actions"
          role="toolbar"
          aria-label={t("messageActions")}
          onKeyDown={(e) =>
            toolbarKeys(e, () => {
              if (!picking) return false;
              setPicking(false);
              reactButton.current?.focus();
              return true;
            })
          }
        >
          {actions.reply && (
            <button type="button" className="parley-icon-button" onClick={() => actions.reply!(message)}>
              {t("reply")}
            </button>
          )}
          {message.parentId && actions.openThread && (
            <button type="button" className="parley-icon-button" onClick={() => actions.openThread!(message)}>
              {t("viewThread")}
            </button>
          )}
          {actions.react && (
            <button type="button" className="parley-icon-button" ref={reactButton} aria-expanded={picking} onClick={() => setPicking(!picking)}>
              {t("react")}
            </button>
          )}
          {p.canEdit && actions.edit && (
            <button type="button" className="parley-icon-button" onClick={() => actions.edit!(message)}>
              {t("edit")}
            </button>
          )}
          {p.canDelete && actions.delete && (
            <button type="button" className="parley-icon-button parley-danger" onClick={() => actions.delete!(message)}>
              {t("delete")}
            </button>
          )}
          {!own && actions.report && message.kind !== "call" && (
            <button type="button" className="parley-icon-button" onClick={() => actions.report!(message)}>
              {t("report")}
            </button>
          )}
          {picking && actions.react && (
            <div className="parley-picker">
              {QUICK_REACTIONS.map((emoji) => {
                const mine = reactions.some((r) => r.emoji === emoji && r.userIds.includes(p.me));
                return (
                  <button
                    key={emoji}
                    type="button"
                    className="parley-icon-button"
                    aria-label={t("reactWith", { emoji })}
                    aria-pressed={mine}
                    onClick={() => {
                      setPicking(false);
                      reactButton.current?.focus();
                      actions.react!(message, emoji, !mine);
                    }}
                  >
                    {emoji}
                  </button>
                );
              })}
            </div>
          )}
        </div>
      )}
    </div>
  );
});

/** Arrow keys move between a toolbar's buttons; Escape closes the emoji picker (when it was open, nothing else). */
function toolbarKeys(e: KeyboardEvent<HTMLDivElement>, closePicker: () => boolean): void {
  if (e.key === "Escape") {
    if (closePicker()) e.stopPropagation();
    return;
  }
  if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
  const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>("button")];
  const i = buttons.indexOf(e.target as HTMLButtonElement);
  if (i === -1) return;
  e.preventDefault();
  buttons[(i + (e.key === "ArrowRight" ? 1 : buttons.length - 1)) % buttons.length]?.focus();
}

/** A message of this user not acknowledged yet: "Sending…", or "Not sent" with Retry/Discard. */
export function PendingItem({
  pending,
  startsGroup,
  onRetry,
  onDiscard,
  errorText,
}: {
  pending: PendingMessage;
  startsGroup: boolean;
  onRetry: () => void;
  onDiscard: () => void;
  errorText?: string | undefined;
}) {
  const failed = pending.status === "failed";
  return (
    <div
      role="listitem"
      className={`parley-message parley-own parley-pending${startsGroup ? " parley-group-start" : ""}${failed ? " parley-failed" : ""}`}
      data-testid="pending-message"
      data-client-id={pending.clientId}
    >
      <div className="parley-message-gutter" />
      <div className="parley-message-main">
        <div className="parley-bubble">
          {pending.text && <p className="parley-md-p">{pending.text}</p>}
          {pending.attachments?.map((file) => (
            <p key={file.id} className="parley-muted">
              {file.name} · {fileSize(file.size)}
            </p>
          ))}
        </div>
        <p className="parley-pending-status">
          {failed ? (
            <>
              <span className="parley-danger-text">{errorText ? `${t("notSent")}: ${errorText}` : t("notSent")}</span>{" "}
              <button type="button" className="parley-link-button" onClick={onRetry}>
                {t("retry")}
              </button>{" "}
              <button type="button" className="parley-link-button" onClick={onDiscard}>
                {t("discard")}
              </button>
            </>
          ) : (
            t("sending")
          )}
        </p>
      </div>
    </div>
  );
}
