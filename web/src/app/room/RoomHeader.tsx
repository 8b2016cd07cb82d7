import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from "react";
import type { Room } from "../../client";
import { CallButtons } from "../calls/CallButtons";
import { MutedBellIcon, PeopleIcon } from "../common/icons";
import { PictureInput } from "../common/PictureInput";
import { useChat, useClientState } from "../hooks/chat";
import { roomAbilities } from "../hooks/usePermissions";
import { errorMessage, t } from "../i18n/t";
import { Avatar } from "../rooms/Avatar";
import { directPeer, roomName } from "../rooms/roomName";

export interface RoomHeaderProps {
  room: Room;
  panelId: string;
  panelOpen: boolean;
  onTogglePanel: () => void;
  onRename: () => void;
  onSlowMode: () => void;
  onLeave: () => void;
  onBack?: (() => void) | undefined;
  onError?: ((text: string) => void) | undefined;
  /** The members toggle, for focus to return to when the panel closes. */
  panelButtonRef?: RefObject<HTMLButtonElement | null> | undefined;
}

/** Name, member count or presence, the members toggle and the actions menu. */
export function RoomHeader({ room, panelId, panelOpen, onTogglePanel, onRename, onSlowMode, onLeave, onBack, onError, panelButtonRef }: RoomHeaderProps) {
  const { client, config } = useChat();
  useClientState((c) => c.members.version);
  useClientState((c) => c.getPresenceVersion());
  const [menuOpen, setMenuOpen] = useState(false);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  const abilities = roomAbilities(room);
  const name = roomName(room, client.userId, client.members);
  const peer = directPeer(room, client.userId, client.members);
  const presence = peer && config.features.presence ? (client.isOnline(peer) ? "online" : "offline") : undefined;
  const sub = presence ? t(presence) : room.memberCount === 1 ? t("memberCountOne") : t("membersCount", { count: room.memberCount });
  const myPicture = useRef<HTMLInputElement>(null);
  const roomPicture = useRef<HTMLInputElement>(null);
  const myAvatar = client.members.user(client.userId)?.avatarUrl;
  const picture = (change: Promise<unknown>) => change.catch((e: unknown) => onError?.(errorMessage(e)));
  const menuItems = [
    ...(abilities.rename ? [{ label: t("renameRoom"), run: onRename }] : []),
    ...(abilities.rename ? [{ label: t("slowModeLabel"), run: onSlowMode }] : []),
    ...(abilities.freeze
      ? [
          { label: t("freezeRoom"), run: () => void client.rest.freezeRoom(room.id, true).catch(() => undefined) },
          { label: t("unfreezeRoom"), run: () => void client.rest.freezeRoom(room.id, false).catch(() => undefined) },
        ]
      : []),
    ...(room.role ? [{ label: room.muted ? t("unmuteRoom") : t("muteRoom"), run: () => void client.setMuted(room.id, !room.muted) }] : []),
    ...(abilities.rename ? [{ label: t("changeRoomPicture"), run: () => roomPicture.current?.click() }] : []),
    ...(abilities.rename && room.avatarUrl
      ? [{ label: t("removeRoomPicture"), run: () => void picture(client.setRoomAvatar(room.id, null)) }]
      : []),
    { label: t("changeMyPicture"), run: () => myPicture.current?.click() },
    ...(myAvatar ? [{ label: t("removeMyPicture"), run: () => void picture(client.setMyAvatar(null)) }] : []),
    ...(abilities.leave && room.type !== "direct" ? [{ label: t("leaveRoom"), run: onLeave }] : []),
  ];

  useEffect(() => {
    if (!menuOpen) return;
    menuRef.current?.querySelector<HTMLElement>("[role=menuitem]")?.focus();
    // a click anywhere outside closes the menu (composedPath works inside the widget's shadow root)
    const outside = (e: PointerEvent) => {
      if (menuRef.current && !e.composedPath().includes(menuRef.current.parentElement!)) setMenuOpen(false);
    };
    document.addEventListener("pointerdown", outside);
    return () => document.removeEventListener("pointerdown", outside);
  }, [menuOpen]);

  const menuKeys = (e: KeyboardEvent) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>("[role=menuitem]") ?? [])];
    const i = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === "ArrowDown") items[(i + 1) % items.length]?.focus();
    else if (e.key === "ArrowUp") items[(i - 1 + items.length) % items.length]?.focus();
    else if (e.key === "Escape") {
      setMenuOpen(false);
      menuButton.current?.focus(); // back where the user was
    } else if (e.key === "Tab") setMenuOpen(false);
    else return;
    e.preventDefault();
  };

  return (
    <header className="parley-room-header">
      {onBack && (
        <button type="button" className="parley-button parley-back" onClick={onBack}>
          <span aria-hidden="true">‹ </span>
          <span className="parley-button-label">{t("back")}</span>
        </button>
      )}
      <Avatar name={name} url={room.avatarUrl ?? (peer ? (client.members.user(peer)?.avatarUrl ?? room.peer?.avatarUrl) : undefined)} presence={presence} />
      <PictureInput inputRef={myPicture} label={t("changeMyPicture")} testId="my-picture-input" onPick={(file) => void picture(client.setMyAvatar(file, { maxBytes: config.files.avatarMaxBytes }))} />
      <PictureInput inputRef={roomPicture} label={t("changeRoomPicture")} testId="room-picture-input" onPick={(file) => void picture(client.setRoomAvatar(room.id, file, { maxBytes: config.files.avatarMaxBytes }))} />
      <div className="parley-room-title">
        <h2>
          {name}
          {room.muted && (
            <span className="parley-muted-icon" role="img" aria-label={t("mutedRoom")} title={t("mutedRoom")}>
              <MutedBellIcon />
            </span>
          )}
        </h2>
        <p className="parley-muted">{room.topic ? `${sub} · ${room.topic}` : sub}</p>
      </div>
      <div className="parley-header-actions">
        <CallButtons room={room} />
        <button type="button" className="parley-button" ref={panelButtonRef} aria-expanded={panelOpen} aria-controls={panelId} onClick={onTogglePanel}>
          <span className="parley-button-icon">
            <PeopleIcon />
          </span>
          <span className="parley-button-label">{t("showMembers")}</span>
        </button>
        {menuItems.length > 0 && (
          <div className="parley-menu-wrap">
            <button
              type="button"
              className="parley-button"
              ref={menuButton}
              aria-haspopup="menu"
              aria-expanded={menuOpen}
              onClick={() => setMenuOpen(!menuOpen)}
            >
              <span className="parley-button-icon" aria-hidden="true">
                ⋯
              </span>
              <span className="parley-button-label">{t("roomActions")}</span>
            </button>
            {menuOpen && (
              <div className="parley-menu" role="menu" aria-label={t("roomActions")} ref={menuRef} onKeyDown={menuKeys}>
                {menuItems.map((item) => (
                  <button
                    key={item.label}
                    type="button"
                    role="menuitem"
                    tabIndex={-1}
                    onClick={() => {
                      setMenuOpen(false);
                      // back to the menu's button (a dialog the item opens returns focus there too)
                      menuButton.current?.focus();
                      item.run();
                    }}
                  >
                    {item.label}
                  </button>
                ))}
              </div>
            )}
          </div>
        )}
      </div>
    </header>
  );
}
