import { useEffect, useState } from "react";
import { useConfirm } from "../../app/common/useConfirm";
import { adminError } from "../useAction";
import type { Room } from "../../client/types";
import type { AdminApi } from "../adminApi";
import { routeHref } from "../route";
import { at } from "../strings";
import { Notice } from "./SearchForm";
import { RoomMembers } from "./RoomMembers";
import { RoomMessages } from "./RoomMessages";

/** One room as an admin sees it: its messages (search, select, delete) and its members (ban, mute). */
export function RoomDetail({ api, roomId }: { api: AdminApi; roomId: string }) {
  const [room, setRoom] = useState<Room | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { confirm, dialog } = useConfirm();

  useEffect(() => {
    api.room(roomId).then(setRoom, (e: unknown) => setError(adminError(e)));
  }, [api, roomId]);

  const deleteRoom = async () => {
    if (!(await confirm(at("confirmDeleteRoom"), at("deleteRoom")))) return;
    try {
      await api.deleteRoom(roomId);
      setNotice(at("roomDeleted"));
      location.hash = routeHref({ page: "rooms" });
    } catch (e) {
      setError(adminError(e));
    }
  };

  return (
    <section aria-labelledby="admin-room">
      <a href={routeHref({ page: "rooms" })}>{at("backToRooms")}</a>
      <div className="parley-admin-heading">
        <h1 id="admin-room">{room ? room.name || at("unnamedRoom") : "…"}</h1>
        {room && (
          <>
            <span className="parley-muted">
              {room.type} · {at("memberCount", { count: room.memberCount })}
            </span>
            {room.type !== "direct" && (
              <button type="button" className="parley-button parley-danger" onClick={() => void deleteRoom()}>
                {at("deleteRoom")}
              </button>
            )}
          </>
        )}
      </div>
      {error && (
        <p className="parley-error" role="alert">
          {error}
        </p>
      )}
      <Notice text={notice} />
      {room && (
        <div className="parley-admin-room">
          <RoomMessages api={api} roomId={roomId} />
          {room.type !== "direct" && <RoomMembers api={api} roomId={roomId} />}
        </div>
      )}
      {dialog}
    </section>
  );
}
