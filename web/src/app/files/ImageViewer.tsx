import { useId } from "react";
import { useModal } from "../common/useModal";
import { t } from "../i18n/t";

/** An image shown large in a modal dialog: Escape or Close returns focus to the thumbnail. */
export function ImageViewer({ name, src, download, onClose }: { name: string; src: string; download: string; onClose: () => void }) {
  const ref = useModal();
  const titleId = useId();
  return (
    <dialog ref={ref} className="parley-dialog parley-image-viewer" aria-labelledby={titleId} onClose={onClose} onCancel={onClose} data-testid="image-viewer">
      <div className="parley-image-viewer-bar">
        <h2 id={titleId}>{name}</h2>
        <a className="parley-button" href={download} download={name} target="_blank" rel="noopener noreferrer">
          {t("download")}
        </a>
        <button type="button" className="parley-button" onClick={onClose}>
          {t("close")}
        </button>
      </div>
      <img src={src} alt={name} />
    </dialog>
  );
}
