import { useCallback, useEffect, useRef, useState } from "react";
import type { Page } from "../client/types";
import { adminError } from "./useAction";

/**
 * A list loaded a page at a time: `reload()` starts again from the first page (after a search),
 * `more()` appends the next one. Answers to an older search are dropped.
 */
export function usePaged<T>(load: (cursor?: string) => Promise<Page<T>>) {
  const [items, setItems] = useState<T[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const generation = useRef(0);
  const loader = useRef(load);
  loader.current = load;

  const fetchPage = useCallback(async (cursor: string | undefined, append: boolean) => {
    const mine = ++generation.current;
    setBusy(true);
    setError(null);
    try {
      const page = await loader.current(cursor);
      if (mine !== generation.current) return;
      setItems((old) => (append ? [...old, ...page.items] : page.items));
      setNext(page.nextCursor ?? null);
    } catch (e) {
      if (mine === generation.current) setError(adminError(e));
    } finally {
      if (mine === generation.current) setBusy(false);
    }
  }, []);

  const reload = useCallback(() => fetchPage(undefined, false), [fetchPage]);
  const more = useCallback(() => (next ? fetchPage(next, true) : Promise.resolve()), [fetchPage, next]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { items, setItems, hasMore: next !== null, error, busy, reload, more };
}
