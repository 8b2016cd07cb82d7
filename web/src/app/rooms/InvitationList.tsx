import { useState } from "react";
import { useChat, useClientState } from "../hooks/chat";
import { errorMessage, t } from "../i18n/t";

/** Pending invitations to group rooms, each with accept and decline; nothing when there are none. */
export function InvitationList({ onJoined }: { onJoined: (roomId: string) => void }) {
  const { client } = useChat();
  useClientState((c) => c.invitations.version);
  const invitations = client.invitations.received();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (invitations.length === 0 && !error) return null;

  const answer = async (id: string, roomId: string, accept: boolean) => {
    setBusy(id);
    setError(null);
    try {
      if (accept) {
        await client.invitations.accept(id);
        await client.refreshRoom(roomId);
        onJoined(roomId);
      } else {
        await client.invitations.decline(id);
      }
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="parley-invitations" aria-label={t("invitationsTitle")}>
      <h3 className="parley-invitations-title">{t("invitationsTitle")}</h3>
      {error && (
        <p className="parley-error" role="alert">
          {error}
        </p>
      )}
      <ul className="parley-invitation-list">
        {invitations.map((invitation) => {
          const room = invitation.roomName ?? invitation.roomId;
          const inviter = client.members.name(invitation.inviterId);
          return (
            <li key={invitation.id} className="parley-invitation" data-testid="invitation" data-room-id={invitation.roomId}>
              <span className="parley-invitation-text">{t("invitedYou", { inviter, room })}</span>
              <span className="parley-invitation-actions">
                <button
                  type="button"
                  className="parley-button parley-button-primary"
                  disabled={busy !== null}
                  aria-label={t("acceptInvitationTo", { room })}
                  onClick={() => void answer(invitation.id, invitation.roomId, true)}
                >
                  {t("acceptInvitation")}
                </button>
                <button
                  type="button"
                  className="parley-button"
                  disabled={busy !== null}
                  aria-label={t("declineInvitationTo", { room })}
                  onClick={() => void answer(invitation.id, invitation.roomId, false)}
                >
                  {t("declineInvitation")}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
