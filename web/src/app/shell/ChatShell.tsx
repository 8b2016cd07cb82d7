import { useEffect, useState, type CSSProperties } from "react";
import type { ParleyClient, Room } from "../../client";
import type { ChatConfig } from "../boot/config";
import { CallLayer } from "../calls/CallLayer";
import { ChatContext, useClientState } from "../hooks/chat";
import { t } from "../i18n/t";
import { RoomView } from "../room/RoomView";
import { RoomList } from "../rooms/RoomList";
import { Notifications } from "../notify/Notifications";
import { ConnectionBanner } from "./ConnectionBanner";
import { ErrorBoundary } from "../common/ErrorBoundary";
import { ProfileButton } from "../people/ProfileDialog";
import { UserCardProvider } from "../people/userCards";

export interface ShellProps {
  client: ParleyClient;
  config: ChatConfig;
  themeStyle: CSSProperties;
  /** `full`: rooms + room; `single`: one room only (embed, widget single/compact). */
  mode: "full" | "single";
  roomId?: string | null;
  /** Follow the address bar (`/rooms/{id}`): the standalone app only. */
  routing?: boolean;
  /** Keep `document.title` with the unread count: the standalone app only. */
  documentTitle?: boolean;
  onSignOut?: () => void;
  /** Only rooms it accepts are listed (a host's filters). */
  roomFilter?: ((room: Room) => boolean) | undefined;
  /** Told each time the open room changes (a host's `room-opened`). */
  onRoomOpened?: ((roomId: string | null) => void) | undefined;
  /** Mounted but not shown (a closed compact widget): live, but nothing is marked read. */
  hidden?: boolean | undefined;
}

export function ChatShell(props: ShellProps) {
  return (
    <ChatContext.Provider value={{ client: props.client, config: props.config, hidden: props.hidden }}>
      <div className="parley-root" style={props.themeStyle} data-density={props.config.theme.density}>
        <ConnectionBanner />
        <CallLayer>
          {props.mode === "full" ? <FullLayout {...props} /> : <SingleLayout roomId={props.roomId ?? null} onRoomOpened={props.onRoomOpened} />}
        </CallLayer>
      </div>
    </ChatContext.Provider>
  );
}

function SingleLayout({ roomId, onRoomOpened }: { roomId: string | null; onRoomOpened?: ((roomId: string | null) => void) | undefined }) {
  useEffect(() => onRoomOpened?.(roomId), [roomId, onRoomOpened]);
  return <main className="parley-main parley-single">{roomId ? (
        <ErrorBoundary key={roomId}>
          <RoomView roomId={roomId} onLeft={() => undefined} />
        </ErrorBoundary>
      ) : (
        <p className="parley-empty">{t("roomGone")}</p>
      )}</main>;
}

function roomFromPath(): string | null {
  const m = /^\/rooms\/([^/]+)/.exec(location.pathname);
  return m ? decodeURIComponent(m[1]!) : null;
}

function FullLayout({ config, roomId, routing, documentTitle, onSignOut, roomFilter, onRoomOpened }: ShellProps) {
  const [selected, setSelected] = useState<string | null>(() => (routing ? roomFromPath() : (roomId ?? null)));

  // a host's `open-room`: follow the prop when it changes
  useEffect(() => {
    if (!routing && roomId) setSelected(roomId);
  }, [routing, roomId]);
  useEffect(() => onRoomOpened?.(selected), [selected, onRoomOpened]);
  const total = useClientState((c) => c.totalUnread());
  const appName = config.theme.appName || t("appName");

  useEffect(() => {
    if (!routing) return;
    const pop = () => setSelected(roomFromPath());
    window.addEventListener("popstate", pop);
    return () => window.removeEventListener("popstate", pop);
  }, [routing]);

  useEffect(() => {
    if (documentTitle) document.title = total > 0 ? `(${total}) ${appName}` : appName;
  }, [documentTitle, total, appName]);

  const select = (id: string | null) => {
    setSelected(id);
    if (routing) {
      const path = id ? `/rooms/${encodeURIComponent(id)}` : "/";
      if (location.pathname !== path) history.pushState(null, "", path);
    }
  };

  return (
    <UserCardProvider onOpenRoom={select}>
    <div className="parley-layout" data-view={selected ? "room" : "list"}>
      <div className="parley-sidebar-column">
        <header className="parley-app-header">
          {config.theme.logoUrl && <img src={config.theme.logoUrl} alt="" className="parley-logo" />}
          <span className="parley-app-name">{appName}</span>
          <Notifications openRoomId={selected} onOpen={select} />
          {routing && config.user.role === "admin" && (
            <a className="parley-link-button" href="/admin">
              {t("adminPanel")}
            </a>
          )}
          <ProfileButton onSignOut={onSignOut} />
        </header>
        <RoomList selectedId={selected} onSelect={select} filter={roomFilter} />
      </div>
      <main className="parley-main">
        {selected ? (
          <ErrorBoundary key={selected}>
            <RoomView roomId={selected} onBack={() => select(null)} onLeft={() => select(null)} />
          </ErrorBoundary>
        ) : (
          <p className="parley-empty parley-select-room">{t("selectRoom")}</p>
        )}
      </main>
    </div>
    </UserCardProvider>
  );
}
