import { useId, type FormEvent, type ReactNode } from "react";
import { t } from "../i18n/t";
import { useModal } from "./useModal";

/** A modal form in a native <dialog>: focus moves in, Escape closes, focus returns on close. */
export function Dialog({
  title,
  submitLabel,
  busy,
  error,
  onSubmit,
  onClose,
  children,
}: {
  title: string;
  submitLabel: string;
  busy?: boolean;
  error?: string | null;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useModal();
  const titleId = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <dialog ref={ref} className="parley-dialog" aria-labelledby={titleId} onClose={onClose} onCancel={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id={titleId}>{title}</h2>
        {children}
        {error && (
          <p className="parley-error" role="alert">
            {error}
          </p>
        )}
        <div className="parley-dialog-actions">
          <button type="button" className="parley-button" onClick={onClose}>
            {t("cancel")}
          </button>
          <button type="submit" className="parley-button parley-button-primary" disabled={busy}>
            {submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
