import { useCallback, useEffect, useId, useRef, useState, type DragEvent } from "react";
import type { Message, Room } from "../../client";
import { useConfirm } from "../common/useConfirm";
import { Composer } from "../composer/Composer";
import { useUploads } from "../files/useUploads";
import { useChat, useClientState } from "../hooks/chat";
import { postingBlock, roomAbilities } from "../hooks/usePermissions";
import { exactTime } from "../i18n/format";
import { errorMessage, t } from "../i18n/t";
import { MessageList } from "../messages/MessageList";
import type { VirtualListHandle } from "../messages/VirtualList";
import { MembersPanel } from "./MembersPanel";
import { RenameDialog } from "./RenameDialog";
import { SlowModeDialog } from "./SlowModeDialog";
import { SlowModeNotice } from "../composer/SlowModeNotice";
import { RoomHeader } from "./RoomHeader";
import { ThreadPanel } from "../thread/ThreadPanel";
import { TypingIndicator } from "./TypingIndicator";

/** The open room: header, messages, typing indicator, composer, and the members panel. */
export function RoomView({ roomId, onBack, onLeft }: { roomId: string; onBack?: (() => void) | undefined; onLeft: () => void }) {
  const { client, config } = useChat();
  const room = useClientState((c) => c.getRoom(roomId));
  const [replyTo, setReplyTo] = useState<Message | null>(null);
  const [editing, setEditing] = useState<Message | null>(null);
  const [panelOpen, setPanelOpen] = useState(false);
  /** The message whose reply chain is open beside the room (one side panel at a time). */
  const [thread, setThread] = useState<string | null>(null);
  const [renaming, setRenaming] = useState(false);
  const [slowMode, setSlowMode] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const panelId = useId();
  const listRef = useRef<VirtualListHandle | null>(null);
  const panelButton = useRef<HTMLButtonElement>(null);
  const roomRef = useRef<HTMLDivElement>(null);
  const [lookup, setLookup] = useState<"pending" | "done">("pending");
  const { confirm, dialog } = useConfirm();
  const uploads = useUploads(roomId);
  const [dragging, setDragging] = useState(false);

  // A room not in the list yet (opened by URL before the list loaded, or a channel): ask for it once.
  useEffect(() => {
    if (room || lookup === "done") return;
    client
      .refreshRoom(roomId)
      .catch(() => undefined)
      .finally(() => setLookup("done"));
  }, [client, room, roomId, lookup]);

  useEffect(() => {
    if (!error) return;
    const timer = setTimeout(() => setError(null), 6_000);
    return () => clearTimeout(timer);
  }, [error]);

  const editLast = useCallback(() => {
    const messages = client.getTimeline(roomId).messages;
    for (let i = messages.length - 1; i >= 0; i--) {
      const m = messages[i]!;
      if (m.userId === client.userId && !m.deletedAt) {
        if (client.getRoom(roomId)?.ownCapabilities?.includes("edit-own-message")) setEditing(m);
        return;
      }
    }
  }, [client, roomId]);

  const reply = useCallback((m: Message) => {
    setEditing(null);
    setReplyTo(m);
  }, []);
  const openThread = useCallback((m: Message) => {
    setPanelOpen(false);
    setThread(m.id);
  }, []);
  const edit = useCallback((m: Message) => {
    setReplyTo(null);
    setEditing(m);
  }, []);

  const leave = async () => {
    if (!room || !(await confirm(t("confirmLeave", { name: room.name ?? "" }), t("leaveRoom")))) return;
    try {
      await client.rest.removeMember(roomId, client.userId);
      onLeft();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  if (!room) {
    return lookup === "pending" ? (
      <p className="parley-empty" role="status">
        {t("loading")}
      </p>
    ) : (
      <p className="parley-empty parley-room-missing">{t("roomGone")}</p>
    );
  }
  const abilities = roomAbilities(room);
  const hasFiles = (e: DragEvent) => [...e.dataTransfer.types].includes("Files");

  return (
    <div className="parley-room" ref={roomRef}>
      {dialog}
      <div
        className={`parley-room-column${dragging ? " parley-dropping" : ""}`}
        data-testid="room-drop-zone"
        onDragOver={(e) => {
          if (!abilities.send || !hasFiles(e)) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = "copy";
          setDragging(true);
        }}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={(e) => {
          if (!abilities.send || !hasFiles(e)) return;
          e.preventDefault();
          setDragging(false);
          uploads.add([...e.dataTransfer.files]);
        }}
      >
        {dragging && (
          <p className="parley-drop-hint" aria-hidden="true">
            {t("dropToAttach")}
          </p>
        )}
        <RoomHeader
          room={room}
          panelId={panelId}
          panelOpen={panelOpen}
          onTogglePanel={() => {
            setThread(null);
            setPanelOpen(!panelOpen);
          }}
          onRename={() => setRenaming(true)}
          onSlowMode={() => setSlowMode(true)}
          onLeave={() => void leave()}
          onBack={onBack}
          onError={setError}
          panelButtonRef={panelButton}
        />
        <MessageList
          key={`messages-${room.id}`}
          room={room}
          onReply={reply}
          onEdit={edit}
          onError={setError}
          listRef={listRef}
          onOpenThread={openThread}
        />
        {error && (
          <p className="parley-error parley-toast" role="alert">
            {error}
          </p>
        )}
        {config.features.typing && <TypingIndicator roomId={room.id} />}
        {abilities.send && <SlowModeNotice room={room} />}
        {abilities.send ? (
          <Composer
            key={`composer-${room.id}`}
            room={room}
            replyTo={replyTo}
            editing={editing}
            onCancelReply={() => setReplyTo(null)}
            onCancelEdit={() => setEditing(null)}
            onEditLast={editLast}
            onSent={() => {
              setReplyTo(null);
              requestAnimationFrame(() => listRef.current?.scrollToBottom());
            }}
            onError={setError}
            uploads={uploads}
          />
        ) : (
          <p className="parley-muted parley-composer-disabled" role="status">
            {whyNotPosting(room)}
          </p>
        )}
      </div>
      {panelOpen && <MembersPanel
          room={room}
          id={panelId}
          onClose={() => {
            setPanelOpen(false);
            panelButton.current?.focus();
          }}
          onLeft={onLeft}
        />}
      {thread && (
        <ThreadPanel
          room={room}
          messageId={thread}
          id={panelId}
          onClose={() => {
            setThread(null);
            // back to the message the thread was opened from
            roomRef.current?.querySelector<HTMLElement>(`.parley-messages [data-message-id="${CSS.escape(thread)}"]`)?.focus();
          }}
          onReply={abilities.send && config.features.replies ? reply : undefined}
        />
      )}
      {renaming && <RenameDialog room={room} onClose={() => setRenaming(false)} />}
      {slowMode && <SlowModeDialog room={room} onClose={() => setSlowMode(false)} />}
    </div>
  );
}

/** What stands in the composer's place: the moderation that keeps the user from posting, if that is why. */
function whyNotPosting(room: Room): string {
  const block = postingBlock(room);
  if (block?.reason === "muted") return block.until ? t("mutedHereUntil", { time: exactTime(block.until) }) : t("mutedHere");
  if (block?.reason === "frozen") return t("frozenHere");
  return t("cannotSend");
}
