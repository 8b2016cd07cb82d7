import { t } from "../i18n/t";
import { fileSize } from "./format";
import type { UploadItem } from "./useUploads";

/** The files going with the next message: a progress bar while uploading, cancel or remove, errors. */
export function UploadTray({ items, onRemove }: { items: readonly UploadItem[]; onRemove: (key: string) => void }) {
  if (items.length === 0) return null;
  return (
    <ul className="parley-upload-tray" aria-label={t("attachedFiles")}>
      {items.map((item) => (
        <li key={item.key} className={`parley-upload parley-upload-${item.status}`} data-testid="upload">
          <span className="parley-upload-name" title={item.name}>
            {item.name}
          </span>
          <span className="parley-muted">{fileSize(item.size)}</span>
          {item.status === "uploading" && (
            <progress
              max={1}
              value={item.progress}
              aria-label={t("uploadProgress", { name: item.name })}
              data-testid="upload-progress"
            />
          )}
          {item.status === "done" && <span className="parley-upload-done">{t("uploaded")}</span>}
          {item.status === "failed" && (
            <span className="parley-danger-text" role="alert">
              {item.error}
            </span>
          )}
          <button
            type="button"
            className="parley-link-button"
            onClick={() => onRemove(item.key)}
            aria-label={t(item.status === "uploading" ? "cancelUploadOf" : "removeFile", { name: item.name })}
          >
            {item.status === "uploading" ? t("cancelUpload") : t("remove")}
          </button>
        </li>
      ))}
    </ul>
  );
}
