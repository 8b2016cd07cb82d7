import { useCallback, useEffect, useRef, useState } from "react";
import { UPLOAD_CANCELLED, type FileObject } from "../../client";
import { useChat } from "../hooks/chat";
import { errorMessage } from "../i18n/t";

/** One file on its way up: its progress (0–1), then the stored file, or why it failed. */
export interface UploadItem {
  key: string;
  name: string;
  size: number;
  progress: number;
  status: "uploading" | "done" | "failed";
  file?: FileObject;
  error?: string;
}

let counter = 0;

/**
 * The uploads a composer holds for its next message: each file starts uploading at once (from
 * the attach button, a drop or a paste), shows its progress, can be cancelled or removed, and
 * is sent with the message once stored. Leaving the room cancels what is still going.
 */
export function useUploads(roomId: string) {
  const { client, config } = useChat();
  const maxBytes = config.files.maxBytes;
  const [items, setItems] = useState<readonly UploadItem[]>([]);
  const controllers = useRef(new Map<string, AbortController>());

  const update = useCallback((key: string, change: Partial<UploadItem>) => {
    setItems((list) => list.map((item) => (item.key === key ? { ...item, ...change } : item)));
  }, []);

  const add = useCallback(
    (files: readonly File[]) => {
      for (const file of files) {
        const key = `u${++counter}`;
        const name = file.name || `pasted-${counter}.${(file.type.split("/")[1] ?? "bin").replace(/\W/g, "")}`;
        const controller = new AbortController();
        controllers.current.set(key, controller);
        setItems((list) => [...list, { key, name, size: file.size, progress: 0, status: "uploading" }]);
        client
          .upload(roomId, file, {
            name,
            signal: controller.signal,
            maxBytes,
            onProgress: ({ loaded, total }) => update(key, { progress: total > 0 ? loaded / total : 0 }),
          })
          .then((stored) => update(key, { status: "done", progress: 1, file: stored }))
          .catch((e: unknown) => {
            if ((e as { code?: string }).code === UPLOAD_CANCELLED) return;
            update(key, { status: "failed", error: errorMessage(e) });
          })
          .finally(() => controllers.current.delete(key));
      }
    },
    [client, roomId, update, maxBytes],
  );

  /** Cancels an upload in flight, or takes a finished or failed one off the message. */
  const remove = useCallback((key: string) => {
    controllers.current.get(key)?.abort();
    setItems((list) => list.filter((item) => item.key !== key));
  }, []);

  /** Forgets the uploads sent with a message. */
  const clear = useCallback(() => setItems((list) => list.filter((item) => item.status === "uploading")), []);

  useEffect(() => {
    const running = controllers.current;
    return () => running.forEach((controller) => controller.abort());
  }, []);

  const ready = items.flatMap((item) => (item.status === "done" && item.file ? [item.file] : []));
  const busy = items.some((item) => item.status === "uploading");
  return { items, add, remove, clear, ready, busy };
}

export type Uploads = ReturnType<typeof useUploads>;
