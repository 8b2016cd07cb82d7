import type { CallMedia } from "../../client";
import type { MessageKey } from "../i18n/en";

/** Why the browser gave no microphone or camera, as a catalogue key a person understands. */
export function mediaErrorKey(error: unknown, media: CallMedia): MessageKey {
  const name = (error as { name?: unknown } | null)?.name;
  switch (name) {
    case "NotAllowedError":
    case "SecurityError":
      return media === "video" ? "cameraDenied" : "micDenied";
    case "NotFoundError":
    case "OverconstrainedError":
      return media === "video" ? "noCamera" : "noMic";
    case "NotReadableError":
    case "AbortError":
      return "deviceBusy";
    default:
      return "mediaUnavailable";
  }
}

/** A refusal of the microphone or camera, carrying the sentence to show. */
export class MediaRefused extends Error {
  constructor(readonly key: MessageKey) {
    super(key);
  }
}

/** The microphone (and camera for video) of this browser; throws {@link MediaRefused} when refused. */
export async function openMedia(media: CallMedia): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) throw new MediaRefused("mediaUnavailable");
  try {
    return await navigator.mediaDevices.getUserMedia({ audio: true, video: media === "video" });
  } catch (e) {
    throw new MediaRefused(mediaErrorKey(e, media));
  }
}

/** "1:05", "1:02:05". */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}
