import type { Attachment, FileKind } from "../../client";

const UNITS = ["B", "KB", "MB", "GB"];

/** A byte count for people: "512 B", "1.4 MB" (decimal units, as file managers show them). */
export function fileSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const shown = unit === 0 || value >= 10 ? Math.round(value).toString() : value.toFixed(1);
  return `${shown} ${UNITS[unit]}`;
}

/** A length in milliseconds as a clock: "0:07", "12:30", "1:02:03". */
export function clock(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = s.toString().padStart(2, "0");
  return h > 0 ? `${h}:${m.toString().padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

/** A short type label for a file card: the extension, else the kind. */
export function typeLabel(name: string, kind: FileKind | undefined): string {
  const dot = name.lastIndexOf(".");
  if (dot > 0 && dot < name.length - 1 && name.length - dot <= 6) return name.slice(dot + 1).toUpperCase();
  return (kind ?? "file").toUpperCase();
}

/** The kind of an upload from its media type, as the server decides it (a recording is "voice"). */
export function kindOf(mimeType: string): FileKind {
  if (mimeType.startsWith("image/")) return "image";
  if (mimeType.startsWith("audio/")) return "audio";
  if (mimeType.startsWith("video/")) return "video";
  return "file";
}

/** An attachment that is an upload (a file object), as opposed to a link to a file hosted elsewhere. */
export function isUpload(a: Attachment): a is Attachment & { id: string; kind: FileKind; url: string } {
  return typeof a.id === "string" && a.kind !== undefined && typeof a.url === "string";
}
