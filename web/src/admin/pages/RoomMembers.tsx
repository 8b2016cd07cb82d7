import { useState } from "react";
import { useConfirm } from "../../app/common/useConfirm";
import { adminError } from "../useAction";
import type { AdminApi } from "../adminApi";
import { at } from "../strings";
import { usePaged } from "../usePaged";
import { ListFooter, Notice } from "./SearchForm";

/** A room's members with "Ban" and "Mute" (the room moderation routes, which admins may use in any room). */
export function RoomMembers({ api, roomId }: { api: AdminApi; roomId: string }) {
  const list = usePaged((cursor) => api.members(roomId, cursor));
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const { confirm, dialog } = useConfirm();

  const act = async (work: () => Promise<string | null>) => {
    setFailure(null);
    try {
      const done = await work();
      if (done) setNotice(done);
    } catch (e) {
      setFailure(adminError(e));
    }
  };
  const ban = (userId: string, name: string) =>
    act(async () => {
      if (!(await confirm(at("confirmBan", { user: name }), at("ban")))) return null;
      await api.ban(roomId, userId);
      list.setItems((items) => items.filter((m) => m.userId !== userId));
      return at("banned", { user: name });
    });
  const mute = (userId: string, name: string) =>
    act(async () => {
      await api.mute(roomId, userId);
      return at("muted", { user: name });
    });

  return (
    <section aria-labelledby="admin-room-members" className="parley-admin-members">
      <h2 id="admin-room-members">{at("membersHeading")}</h2>
      <Notice text={notice} />
      {failure && (
        <p className="parley-error" role="alert">
          {failure}
        </p>
      )}
      <ul>
        {list.items.map((m) => {
          const name = m.user?.name ?? m.userId;
          return (
            <li key={m.userId} className="parley-admin-member">
              <span>
                {name} <span className="parley-muted">{m.role}</span>
              </span>
              <button type="button" className="parley-button" onClick={() => void mute(m.userId, name)}>
                {at("mute")}
              </button>
              <button type="button" className="parley-button parley-danger" onClick={() => void ban(m.userId, name)}>
                {at("ban")}
              </button>
            </li>
          );
        })}
      </ul>
      <ListFooter error={list.error} empty={list.items.length === 0} hasMore={list.hasMore} busy={list.busy} onMore={() => void list.more()} />
      {dialog}
    </section>
  );
}
