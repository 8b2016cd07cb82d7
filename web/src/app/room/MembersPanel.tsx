import { useEffect, useState, type FormEvent } from "react";
import type { Room } from "../../client";
import { useChat, useClientState } from "../hooks/chat";
import { useConfirm } from "../common/useConfirm";
import { roomAbilities } from "../hooks/usePermissions";
import { errorMessage, t } from "../i18n/t";
import type { UserCard } from "../../client";
import { MemberPicker, pickedIds } from "../people/MemberPicker";
import { useShowUser } from "../people/userCards";
import { Avatar } from "../rooms/Avatar";

/** The room's members, with add / remove / leave as the user's permissions and room role allow. */
export function MembersPanel({ room, id, onClose, onLeft }: { room: Room; id: string; onClose: () => void; onLeft: () => void }) {
  const { client, config } = useChat();
  const members = useClientState((c) => c.members.list(room.id));
  const invited = useClientState((c) => c.invitations.ofRoom(room.id));
  useClientState((c) => c.getPresenceVersion());
  const [adding, setAdding] = useState("");
  const [picked, setPicked] = useState<UserCard[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const abilities = roomAbilities(room);
  const { confirm, dialog } = useConfirm();
  const me = client.userId;
  const showUser = useShowUser();

  useEffect(() => {
    void client.members.ensure(room.id).catch((e: unknown) => setError(errorMessage(e)));
    if (room.type === "group") void client.invitations.ensureRoom(room.id).catch(() => undefined);
  }, [client, room.id, room.type]);

  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      await client.members.reload(room.id);
      if (room.type === "group") await client.invitations.reloadRoom(room.id);
      await client.refreshRoom(room.id);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const add = (e: FormEvent) => {
    e.preventDefault();
    const ids = pickedIds(picked, adding);
    if (ids.length === 0) return;
    void act(async () => {
      await client.rest.addMembers(room.id, ids);
      setAdding("");
      setPicked([]);
    });
  };

  const leave = async () => {
    if (!(await confirm(t("confirmLeave", { name: room.name ?? "" }), t("leaveRoom")))) return;
    setBusy(true);
    try {
      await client.rest.removeMember(room.id, me);
      onLeft();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <aside className="parley-panel" id={id} aria-label={t("membersPanel")}>
      {dialog}
      <div className="parley-panel-header">
        <h3>{t("membersPanel")}</h3>
        <button type="button" className="parley-button" onClick={onClose}>
          {t("close")}
        </button>
      </div>
      {abilities.manageMembers && (
        <form className="parley-add-member" onSubmit={add}>
          <MemberPicker
            label={t("addMemberLabel")}
            selected={picked}
            onSelectedChange={setPicked}
            query={adding}
            onQueryChange={setAdding}
            exclude={(members ?? []).map((m) => m.userId)}
          />
          <button type="submit" className="parley-button parley-button-primary" disabled={busy || (!adding.trim() && picked.length === 0)}>
            {t("addMember")}
          </button>
        </form>
      )}
      {error && (
        <p className="parley-error" role="alert">
          {error}
        </p>
      )}
      {!members ? (
        <p role="status">{t("loading")}</p>
      ) : (
        <ul className="parley-member-list" aria-label={t("membersPanel")}>
          {members.map((m) => {
            const name = m.user?.name ?? m.userId;
            const online = config.features.presence ? client.isOnline(m.userId) || m.userId === me : undefined;
            // Only app admins act on a room's owner (the server refuses others).
            const reachable = m.userId !== me && (m.role !== "owner" || config.user.role === "admin");
            const removable = abilities.manageMembers && reachable;
            return (
              <li key={m.userId} className="parley-member" data-testid="member" data-user-id={m.userId}>
                <Avatar name={name} url={client.members.user(m.userId)?.avatarUrl ?? m.user?.avatarUrl} size={28} presence={online === undefined ? undefined : online ? "online" : "offline"} />
                <span className="parley-member-name">
                  {showUser ? (
                    <button type="button" className="parley-person" onClick={() => showUser(m.userId)}>
                      {name}
                    </button>
                  ) : (
                    name
                  )}
                  {m.userId === me ? ` (${t("you")})` : ""}
                  <span className="parley-member-role"> · {t(m.role === "owner" ? "roleOwner" : m.role === "moderator" ? "roleModerator" : "roleMember")}</span>
                  {online !== undefined && <span className="parley-visually-hidden">, {online ? t("online") : t("offline")}</span>}
                </span>
                {removable && (
                  <button
                    type="button"
                    className="parley-button parley-danger"
                    disabled={busy}
                    onClick={() => void act(() => client.rest.removeMember(room.id, m.userId))}
                  >
                    {t("removeMember", { name })}
                  </button>
                )}
                {abilities.mute && reachable && (
                  <button type="button" className="parley-button" disabled={busy} onClick={() => void act(() => client.rest.muteMember(room.id, m.userId))}>
                    {t("muteMember", { name })}
                  </button>
                )}
                {abilities.ban && reachable && (
                  <button type="button" className="parley-button parley-danger" disabled={busy} onClick={() => void act(() => client.rest.banMember(room.id, m.userId))}>
                    {t("banMember", { name })}
                  </button>
                )}
              </li>
            );
          })}
          {(invited ?? []).map((invitation) => {
            const name = client.members.name(invitation.inviteeId);
            return (
              <li key={invitation.id} className="parley-member parley-member-invited" data-testid="invited" data-user-id={invitation.inviteeId}>
                <Avatar name={name} size={28} />
                <span className="parley-member-name">
                  {name}
                  <span className="parley-member-role"> · {t("invitedLabel")}</span>
                </span>
                {abilities.manageMembers && (
                  <button
                    type="button"
                    className="parley-button"
                    disabled={busy}
                    onClick={() => void act(() => client.rest.cancelInvitation(invitation.id))}
                  >
                    {t("cancelInvitation", { name })}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {abilities.leave && room.type !== "direct" && (
        <button type="button" className="parley-button parley-danger parley-leave" disabled={busy} onClick={() => void leave()}>
          {t("leaveRoom")}
        </button>
      )}
    </aside>
  );
}
