import { useId, useRef, useState } from "react";
import { PictureInput } from "../common/PictureInput";
import { useModal } from "../common/useModal";
import { useChat, useClientState } from "../hooks/chat";
import { errorMessage, t } from "../i18n/t";
import { Avatar } from "../rooms/Avatar";

/** Who you are signed in as: picture (change / remove), name, user ID, and sign out. */
export function ProfileDialog({ onClose, onSignOut }: { onClose: () => void; onSignOut?: (() => void) | undefined }) {
  const { client, config } = useChat();
  useClientState((c) => c.members.version);
  const ref = useModal();
  const titleId = useId();
  const picker = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const me = useMyCard();
  const change = (work: Promise<unknown>) => {
    setError(null);
    void work.catch((e: unknown) => setError(errorMessage(e)));
  };

  return (
    <dialog ref={ref} className="parley-dialog parley-user-card" aria-labelledby={titleId} onClose={onClose} onCancel={onClose} data-testid="profile">
      <h2 id={titleId}>{t("profileTitle")}</h2>
      <div className="parley-user-card-head">
        <Avatar name={me.name} url={me.avatarUrl} size={64} />
        <div>
          <p className="parley-user-card-name">{me.name}</p>
          <p className="parley-muted">{me.id}</p>
          {config.user.role === "admin" && <p className="parley-muted">{t("roleAdmin")}</p>}
        </div>
      </div>
      <PictureInput inputRef={picker} label={t("changeMyPicture")} testId="profile-picture-input" onPick={(file) => change(client.setMyAvatar(file))} />
      <div className="parley-profile-actions">
        <button type="button" className="parley-button" onClick={() => picker.current?.click()}>
          {t("changeMyPicture")}
        </button>
        {me.avatarUrl && (
          <button type="button" className="parley-button" onClick={() => change(client.setMyAvatar(null))}>
            {t("removeMyPicture")}
          </button>
        )}
      </div>
      {error && (
        <p className="parley-error" role="alert">
          {error}
        </p>
      )}
      <div className="parley-dialog-actions">
        {onSignOut && (
          <button type="button" className="parley-button parley-danger" onClick={onSignOut}>
            {t("signOut")}
          </button>
        )}
        <button type="button" className="parley-button" onClick={onClose} autoFocus>
          {t("close")}
        </button>
      </div>
    </dialog>
  );
}

/** The signed-in user as others see them: the live card once known, else what /chat/config said. */
export function useMyCard(): { id: string; name: string; avatarUrl: string | undefined } {
  const { client, config } = useChat();
  useClientState((c) => c.members.version);
  const card = client.members.user(client.userId);
  return { id: client.userId, name: card?.name ?? config.user.name, avatarUrl: card ? card.avatarUrl : (config.user.avatarUrl ?? undefined) };
}

/** The header button showing who is signed in; it opens the profile. */
export function ProfileButton({ onSignOut }: { onSignOut?: (() => void) | undefined }) {
  const me = useMyCard();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="parley-profile-button" aria-haspopup="dialog" title={t("profileTitle")} onClick={() => setOpen(true)} data-testid="profile-button">
        <Avatar name={me.name} url={me.avatarUrl} size={28} />
        <span className="parley-profile-name">{me.name}</span>
      </button>
      {open && <ProfileDialog onClose={() => setOpen(false)} onSignOut={onSignOut} />}
    </>
  );
}
