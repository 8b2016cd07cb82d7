import { AUTH_CODES, NETWORK_ERROR, ParleyError } from "./problem";
import type { TokenSource } from "./token";
import type { FileObject, Problem, Room, User } from "./types";

/** How far an upload got: bytes sent of the total. */
export interface UploadProgress {
  loaded: number;
  total: number;
}

export interface UploadOptions {
  /** The file name to store (a Blob from a recording or the clipboard has none). */
  name?: string;
  /** Called as the bytes go out (XMLHttpRequest upload progress). */
  onProgress?: (progress: UploadProgress) => void;
  /** Aborting it cancels the upload; the promise then rejects with code `upload_cancelled`. */
  signal?: AbortSignal;
  /**
   * The server's limit in bytes (the boot config's `files`): a larger file is refused here,
   * before a byte is sent, with code `file_too_large` and a detail naming the limit.
   */
  maxBytes?: number;
}

/** A voice message's options: also the longest recording the server takes, in seconds. */
export interface VoiceOptions extends UploadOptions {
  maxSeconds?: number;
}

/** The part of XMLHttpRequest an upload uses (a fake in unit tests). */
export interface XhrLike {
  open(method: string, url: string): void;
  setRequestHeader(name: string, value: string): void;
  send(body: FormData): void;
  abort(): void;
  readonly status: number;
  readonly responseText: string;
  readonly upload: { onprogress: ((e: { loaded: number; total: number; lengthComputable: boolean }) => void) | null };
  onload: (() => void) | null;
  onerror: (() => void) | null;
  onabort: (() => void) | null;
}

export type XhrFactory = () => XhrLike;

export const UPLOAD_CANCELLED = "upload_cancelled";

/**
 * Multipart uploads over XMLHttpRequest (fetch reports no upload progress): files and voice
 * messages of a room, and avatars. The bytes go in the form field `upload`. A 401 with an
 * auth code asks for a fresh token and sends once more, as the REST calls do.
 */
export class Uploads {
  constructor(
    private readonly apiUrl: string,
    private readonly tokens: TokenSource,
    private readonly xhr: XhrFactory = () => new XMLHttpRequest() as unknown as XhrLike,
  ) {}

  /** Uploads a file to a room; attach it by sending a message with its id. */
  file(roomId: string, file: Blob, options: UploadOptions = {}): Promise<FileObject> {
    const refused = checkSize(file, options.maxBytes, "the file");
    if (refused) return Promise.reject(refused);
    return this.send("POST", `/rooms/${encodeURIComponent(roomId)}/files`, form(file, options.name), options);
  }

  /** Uploads a recorded voice message of `durationSeconds`. */
  voice(roomId: string, recording: Blob, durationSeconds: number, options: VoiceOptions = {}): Promise<FileObject> {
    const refused = checkSize(recording, options.maxBytes, "the voice message") ?? checkDuration(durationSeconds, options.maxSeconds);
    if (refused) return Promise.reject(refused);
    const body = form(recording, options.name ?? voiceName(recording.type));
    body.append("duration", durationSeconds.toFixed(3));
    return this.send("POST", `/rooms/${encodeURIComponent(roomId)}/voice`, body, options);
  }

  /** Sets the caller's avatar (an image; cropped square by the server). */
  myAvatar(image: Blob, options: UploadOptions = {}): Promise<User> {
    const refused = checkSize(image, options.maxBytes, "the picture");
    if (refused) return Promise.reject(refused);
    return this.send("PUT", "/me/avatar", form(image, options.name ?? "avatar"), options);
  }

  /** Sets a room's avatar (owners and moderators). */
  roomAvatar(roomId: string, image: Blob, options: UploadOptions = {}): Promise<Room> {
    const refused = checkSize(image, options.maxBytes, "the picture");
    if (refused) return Promise.reject(refused);
    return this.send("PUT", `/rooms/${encodeURIComponent(roomId)}/avatar`, form(image, options.name ?? "avatar"), options);
  }

  private async send<T>(method: string, path: string, body: FormData, options: UploadOptions): Promise<T> {
    const token = await this.tokens.get();
    try {
      return await this.once<T>(method, path, body, token, options);
    } catch (e) {
      if (e instanceof ParleyError && e.status === 401 && AUTH_CODES.has(e.code)) {
        const fresh = await this.tokens.refresh(token).catch(() => {
          throw e;
        });
        return this.once<T>(method, path, body, fresh, options);
      }
      throw e;
    }
  }

  private once<T>(method: string, path: string, body: FormData, token: string, options: UploadOptions): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (options.signal?.aborted) {
        reject(cancelled());
        return;
      }
      const request = this.xhr();
      const abort = () => request.abort();
      options.signal?.addEventListener("abort", abort, { once: true });
      const done = () => options.signal?.removeEventListener("abort", abort);
      request.open(method, this.apiUrl + path);
      request.setRequestHeader("Authorization", `Bearer ${token}`);
      request.setRequestHeader("Accept", "application/json");
      request.upload.onprogress = (e) => {
        if (e.lengthComputable) options.onProgress?.({ loaded: e.loaded, total: e.total });
      };
      request.onload = () => {
        done();
        if (request.status >= 200 && request.status < 300) {
          try {
            resolve(JSON.parse(request.responseText) as T);
          } catch {
            reject(new ParleyError({ status: request.status, code: "internal_error", detail: "the answer is not JSON" }));
          }
        } else {
          reject(new ParleyError(problemOf(request.status, request.responseText)));
        }
      };
      request.onerror = () => {
        done();
        reject(new ParleyError({ status: 0, code: NETWORK_ERROR, detail: "the server could not be reached" }));
      };
      request.onabort = () => {
        done();
        reject(cancelled());
      };
      request.send(body);
    });
  }
}

function form(file: Blob, name: string | undefined): FormData {
  const body = new FormData();
  const fileName = name ?? ((file as File).name || "file");
  body.append("upload", file, fileName);
  return body;
}

/** A recording's file name from its type, e.g. `voice.webm`, `voice.ogg`. */
export function voiceName(mimeType: string): string {
  const subtype = mimeType.split(";")[0]!.split("/")[1] ?? "";
  const ext = subtype === "mpeg" ? "mp3" : subtype === "x-m4a" || subtype === "mp4" ? "m4a" : subtype || "webm";
  return `voice.${ext}`;
}

/** Why `file` may not be sent (larger than `maxBytes`, or empty), or undefined when it may. */
export function checkSize(file: Blob, maxBytes: number | undefined, what: string): ParleyError | undefined {
  if (file.size === 0) return new ParleyError({ status: 400, code: "validation_failed", detail: `${what} is empty` });
  if (maxBytes === undefined || file.size <= maxBytes) return undefined;
  return new ParleyError({ status: 413, code: "file_too_large", detail: `${what} is ${binarySize(file.size)}, more than the ${binarySize(maxBytes)} allowed` });
}

function checkDuration(seconds: number, maxSeconds: number | undefined): ParleyError | undefined {
  if (maxSeconds === undefined || seconds <= maxSeconds) return undefined;
  return new ParleyError({ status: 400, code: "validation_failed", detail: `a voice message may be at most ${minutes(maxSeconds)} long` });
}

/** Bytes as the server's limits are set: "25 MiB", "1.5 MiB", "300 KiB". */
export function binarySize(bytes: number): string {
  const units = ["B", "KiB", "MiB", "GiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = Number.isInteger(value) || value >= 100 ? Math.round(value).toString() : value.toFixed(1).replace(/\.0$/, "");
  return `${shown} ${units[unit]}`;
}

/** "10 minutes", "90 seconds", "1 minute". */
function minutes(seconds: number): string {
  if (seconds % 60 !== 0) return `${seconds} seconds`;
  return seconds === 60 ? "1 minute" : `${seconds / 60} minutes`;
}

function cancelled(): ParleyError {
  return new ParleyError({ status: 0, code: UPLOAD_CANCELLED, detail: "the upload was cancelled" });
}

function problemOf(status: number, text: string): Problem {
  try {
    const body = JSON.parse(text) as Partial<Problem>;
    if (typeof body.code === "string") return { ...body, status, code: body.code };
  } catch {
    // not JSON
  }
  return { status, code: status >= 500 ? "internal_error" : "http_" + status };
}
