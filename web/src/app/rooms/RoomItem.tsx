import { memo } from "react";
import type { Attachment, Room } from "../../client";
import { MutedBellIcon } from "../common/icons";
import { useChat, useClientState } from "../hooks/chat";
import { listTime, exactTime } from "../i18n/format";
import { t } from "../i18n/t";
import { plainText } from "../markdown/parse";
import { Avatar } from "./Avatar";
import { directPeer, roomName } from "./roomName";

/** What a message of files only shows in the list: "Voice message", or the first file's name. */
function attachmentPreview(attachments: readonly Attachment[]): string {
  const first = attachments[0];
  if (!first) return "";
  const what = first.kind === "voice" ? t("voiceMessage") : (first.name ?? t("file"));
  return attachments.length > 1 ? `${what} +${attachments.length - 1}` : what;
}

/** One room in the list: avatar, name, last message preview, time, unread badge, presence. */
export const RoomItem = memo(function RoomItem({
  room,
  selected,
  onSelect,
}: {
  room: Room;
  selected: boolean;
  onSelect: (roomId: string) => void;
}) {
  const { client, config } = useChat();
  // re-render on member and presence changes (names of direct rooms, presence dots)
  useClientState((c) => c.members.version);
  useClientState((c) => c.getPresenceVersion());
  const me = client.userId;
  const name = roomName(room, me, client.members);
  const peer = directPeer(room, me, client.members);
  const presence = peer && config.features.presence ? (client.isOnline(peer) ? "online" : "offline") : undefined;
  const last = room.lastMessage;
  const preview = !last
    ? t("noMessagesYet")
    : last.deletedAt
      ? t("deletedPreview")
      : `${last.userId === me ? t("you") : client.members.name(last.userId)}: ${last.text ? (config.features.markdown ? plainText(last.text) : last.text) : attachmentPreview(last.attachments ?? [])}`;
  const unread = room.unreadCount;
  const mentioned = room.mentionCount ?? 0;
  // Read after the visible text (the link's name comes from its content: axe's label-content-name-mismatch).
  const status = [
    presence ? t(presence) : null,
    unread > 0 ? t("unreadCount", { count: unread }) : null,
    mentioned > 0 ? t("mentionCount", { count: mentioned }) : null,
    room.muted ? t("mutedRoom") : null,
  ]
    .filter(Boolean)
    .join(", ");

  return (
    <li className="parley-room-item">
      <a
        href={`/rooms/${encodeURIComponent(room.id)}`}
        className={`parley-room-link${unread > 0 && !room.muted ? " parley-room-unread" : ""}${room.muted ? " parley-room-muted" : ""}`}
        aria-current={selected ? "page" : undefined}
        data-testid="room-item"
        data-room-id={room.id}
        onClick={(e) => {
          if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
          e.preventDefault();
          onSelect(room.id);
        }}
      >
        <Avatar name={name} url={room.avatarUrl ?? (peer ? (client.members.user(peer)?.avatarUrl ?? room.peer?.avatarUrl) : undefined)} presence={presence} />
        <span className="parley-room-text">
          <span className="parley-room-top">
            <span className="parley-room-name">{name}</span>
            {last && (
              <time className="parley-room-time" dateTime={last.createdAt} title={exactTime(last.createdAt)}>
                {listTime(last.createdAt)}
              </time>
            )}
          </span>
          <span className="parley-room-bottom">
            <span className="parley-room-preview">{preview.replace(/\s+/g, " ")}</span>
            {room.muted && (
              <span className="parley-muted-icon" aria-hidden="true" data-testid="muted-icon" title={t("mutedRoom")}>
                <MutedBellIcon />
              </span>
            )}
            {mentioned > 0 && (
              <span className="parley-badge parley-mention-badge" aria-hidden="true" data-testid="mention-badge">
                @{mentioned > 99 ? "99+" : mentioned}
              </span>
            )}
            {unread > 0 && (
              <span className="parley-badge" aria-hidden="true" data-testid="unread-badge">
                {unread > 99 ? "99+" : unread}
              </span>
            )}
            {status && <span className="parley-visually-hidden">, {status}</span>}
          </span>
        </span>
      </a>
    </li>
  );
});
