import { useEffect, useId, useMemo, useState } from "react";
import type { Room } from "../../client";
import { useChat, useClientState } from "../hooks/chat";
import { t } from "../i18n/t";
import { ChannelsDialog } from "./ChannelsDialog";
import { InvitationList } from "./InvitationList";
import { NewChatDialog } from "./NewChatDialog";
import { NewGroupDialog } from "./NewGroupDialog";
import { RoomItem } from "./RoomItem";
import { roomName } from "./roomName";

/** The left column: search, "new chat" / "new group", and the rooms by last activity. */
export function RoomList({ selectedId, onSelect, filter }: { selectedId: string | null; onSelect: (roomId: string) => void; filter?: ((room: Room) => boolean) | undefined }) {
  const { client, config } = useChat();
  const allRooms = useClientState((c) => c.getRooms());
  const rooms = useMemo(() => (filter ? allRooms.filter(filter) : allRooms), [allRooms, filter]);
  const [query, setQuery] = useState("");
  const [dialog, setDialog] = useState<"chat" | "group" | "channels" | null>(null);
  const searchId = useId();
  // names of direct rooms come with their members: filter again when those load
  const membersVersion = useClientState((c) => c.members.version);

  // Direct rooms take their name from the other member, and a preview names its author: load
  // those members (once per room) so the list shows names, not user ids.
  useEffect(() => {
    for (const room of rooms) {
      const author = room.lastMessage?.userId;
      const unknownAuthor = author !== undefined && author !== client.userId && !client.members.user(author);
      if (room.type === "direct" || unknownAuthor) void client.members.ensure(room.id).catch(() => undefined);
    }
  }, [client, rooms]);

  const visible = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return rooms;
    return rooms.filter((r) => roomName(r, client.userId, client.members).toLowerCase().includes(q));
  }, [rooms, query, client, membersVersion]); // membersVersion: names changed

  const opened = (roomId: string) => {
    setDialog(null);
    onSelect(roomId);
  };
  const canDirect = config.features.directChats && config.permissions.createDirectRooms;
  const canGroup =
    (config.features.groups && config.permissions.createGroups) || (config.features.channels && config.permissions.createChannels);

  return (
    <nav className="parley-sidebar" aria-label={t("roomsNav")}>
      <div className="parley-sidebar-tools">
        <label htmlFor={searchId} className="parley-visually-hidden">
          {t("searchRooms")}
        </label>
        <input
          id={searchId}
          type="search"
          className="parley-search"
          placeholder={t("searchRooms")}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <div className="parley-sidebar-buttons">
          {canDirect && (
            <button type="button" className="parley-button parley-button-primary" onClick={() => setDialog("chat")}>
              {t("newChat")}
            </button>
          )}
          {canGroup && (
            <button type="button" className="parley-button" onClick={() => setDialog("group")}>
              {t("newGroup")}
            </button>
          )}
          {config.features.channels && config.permissions.joinChannels && (
            <button type="button" className="parley-button" onClick={() => setDialog("channels")}>
              {t("browseChannels")}
            </button>
          )}
        </div>
      </div>
      <InvitationList onJoined={onSelect} />
      {visible.length === 0 && query ? (
        <p className="parley-empty">{t("noRoomsMatch", { query })}</p>
      ) : visible.length === 0 ? (
        <div className="parley-empty parley-welcome" data-testid="welcome">
          <p>{t("noRooms")}</p>
          {config.features.channels && config.permissions.joinChannels && (
            <button type="button" className="parley-button parley-button-primary" onClick={() => setDialog("channels")}>
              {t("welcomeChannels")}
            </button>
          )}
          {canDirect && (
            <button type="button" className="parley-button" onClick={() => setDialog("chat")}>
              {t("welcomeChat")}
            </button>
          )}
        </div>
      ) : (
        <ul className="parley-room-list" aria-label={t("roomsNav")}>
          {visible.map((room) => (
            <RoomItem key={room.id} room={room} selected={room.id === selectedId} onSelect={onSelect} />
          ))}
        </ul>
      )}
      {dialog === "chat" && <NewChatDialog onClose={() => setDialog(null)} onOpened={opened} />}
      {dialog === "group" && <NewGroupDialog onClose={() => setDialog(null)} onOpened={opened} />}
      {dialog === "channels" && <ChannelsDialog onClose={() => setDialog(null)} onOpened={opened} />}
    </nav>
  );
}
