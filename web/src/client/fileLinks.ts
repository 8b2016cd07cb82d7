import type { Attachment, FileObject } from "./types";

/** Fetches fresh file objects for ids (at most {@link BATCH}); those the caller may not see are left out. */
export type FileLoader = (ids: string[]) => Promise<FileObject[]>;

/** The most ids one refresh asks for (the server's limit). */
const BATCH = 100;
/** A file's links are asked for at most once in this time, whatever asks. */
const MIN_INTERVAL_MS = 1_000;

/**
 * Keeps the signed links of shown files working on a page open longer than links live (an
 * hour by default): whoever shows a file asks {@link renew} before its link expires (or when
 * it failed to load); the asks of one moment go out as one `GET /v1/files?ids=…`, and
 * {@link current} then gives the attachment with the fresh links. Listeners hear of each
 * refresh.
 */
export class FileLinks {
  private readonly fresh = new Map<string, FileObject>();
  private readonly asked = new Map<string, number>();
  private readonly waiting = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private scheduled = false;
  private changes = 0;

  constructor(
    private readonly load: FileLoader,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** The attachment with the freshest links known for its file (itself when it has the freshest). */
  current<T extends Attachment>(attachment: T): T {
    const file = attachment.id ? this.fresh.get(attachment.id) : undefined;
    if (!file || (expiresAt(file.url) ?? 0) <= (expiresAt(attachment.url) ?? 0)) return attachment;
    return {
      ...attachment,
      url: file.url,
      ...(file.thumbnailUrl ? { thumbnailUrl: file.thumbnailUrl } : {}),
      ...(file.previewUrl ? { previewUrl: file.previewUrl } : {}),
    };
  }

  /** Asks for fresh links to a file, together with the others asked for at the same moment. */
  renew(fileId: string): void {
    const last = this.asked.get(fileId);
    if (last !== undefined && this.now() - last < MIN_INTERVAL_MS) return;
    this.asked.set(fileId, this.now());
    this.waiting.add(fileId);
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => void this.flush());
  }

  /** Counts the refreshes so far (a snapshot for React's useSyncExternalStore). */
  readonly version = (): number => this.changes;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private async flush(): Promise<void> {
    this.scheduled = false;
    const ids = [...this.waiting];
    this.waiting.clear();
    for (let i = 0; i < ids.length; i += BATCH) {
      try {
        const files = await this.load(ids.slice(i, i + BATCH));
        files.forEach((file) => this.fresh.set(file.id, file));
        if (files.length > 0) {
          this.changes++;
          this.listeners.forEach((listener) => listener());
        }
      } catch {
        // offline or refused: the next ask (a timer, a failed image) tries again
      }
    }
  }
}

/** When a signed link stops working (its `expires`, epoch seconds, in milliseconds), or undefined if unsigned. */
export function expiresAt(url: string | undefined): number | undefined {
  const match = url ? /[?&]expires=(\d+)/.exec(url) : null;
  return match ? Number(match[1]) * 1000 : undefined;
}
