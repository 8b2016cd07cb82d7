import { memo, useState } from "react";
import type { Attachment } from "../../client";
import { useChat } from "../hooks/chat";
import { t } from "../i18n/t";
import { clock, fileSize, isUpload, typeLabel } from "./format";
import { ImageViewer } from "./ImageViewer";
import { useFreshAttachment } from "./useFreshAttachment";

const THUMB = 240;

/** A message's files: image thumbnails that open a viewer, players for voice, audio and video, cards for the rest. */
export const Attachments = memo(function Attachments({ attachments }: { attachments: readonly Attachment[] }) {
  if (attachments.length === 0) return null;
  return (
    <div className="parley-attachments">
      {attachments.map((a, i) => (
        <AttachmentView key={a.id ?? `${i}-${a.url}`} attachment={a} />
      ))}
    </div>
  );
});

function AttachmentView({ attachment }: { attachment: Attachment }) {
  const { client } = useChat();
  const { attachment: a, renew } = useFreshAttachment(attachment);
  const url = client.resolveUrl(a.url);
  if (!url) return null;
  const name = a.name ?? t("file");
  if (!isUpload(a)) {
    return <FileCard name={name} url={url} size={a.size} label={typeLabel(name, undefined)} />;
  }
  switch (a.kind) {
    case "image":
      return <ImageThumb name={name} url={url} thumb={client.resolveUrl(a.thumbnailUrl) ?? url} preview={client.resolveUrl(a.previewUrl) ?? url} width={a.width} height={a.height} onError={renew} />;
    case "voice":
    case "audio":
      return <AudioPlayer name={name} url={url} voice={a.kind === "voice"} durationMs={a.durationMs} onError={renew} />;
    case "video":
      return (
        <video className="parley-video" src={url} controls preload="metadata" aria-label={name} onError={renew}>
          <a href={url}>{name}</a>
        </video>
      );
    default:
      return <FileCard name={name} url={url} size={a.size} label={typeLabel(name, a.kind)} />;
  }
}

function ImageThumb(p: { name: string; url: string; thumb: string; preview: string; width?: number | undefined; height?: number | undefined; onError: () => void }) {
  const [open, setOpen] = useState(false);
  const scale = p.width && p.height ? Math.min(1, THUMB / Math.max(p.width, p.height)) : 1;
  const width = p.width ? Math.round(p.width * scale) : undefined;
  const height = p.height ? Math.round(p.height * scale) : undefined;
  return (
    <>
      <button type="button" className="parley-thumb" onClick={() => setOpen(true)} aria-label={t("openImage", { name: p.name })} data-testid="image-thumbnail">
        <img src={p.thumb} alt={p.name} width={width} height={height} loading="lazy" onError={p.onError} />
      </button>
      {open && <ImageViewer name={p.name} src={p.preview} download={p.url} onClose={() => setOpen(false)} />}
    </>
  );
}

function AudioPlayer({ name, url, voice, durationMs, onError }: { name: string; url: string; voice: boolean; durationMs?: number | undefined; onError: () => void }) {
  const label = voice ? t("voiceMessage") : name;
  return (
    <figure className="parley-audio" data-testid={voice ? "voice-message" : "audio-file"}>
      <figcaption>
        {label}
        {durationMs !== undefined && <span className="parley-muted"> · {clock(durationMs)}</span>}
      </figcaption>
      <audio src={url} controls preload="metadata" onError={onError} aria-label={durationMs !== undefined ? `${label}, ${clock(durationMs)}` : label} />
    </figure>
  );
}

function FileCard({ name, url, size, label }: { name: string; url: string; size?: number | undefined; label: string }) {
  return (
    <a className="parley-file-card" href={url} download={name} target="_blank" rel="noopener noreferrer" data-testid="file-card">
      <span className="parley-file-icon" aria-hidden="true">
        {label}
      </span>
      <span className="parley-file-text">
        <span className="parley-file-name">{name}</span>
        <span className="parley-muted">
          {size !== undefined ? `${fileSize(size)} · ` : ""}
          {t("download")}
        </span>
      </span>
    </a>
  );
}
