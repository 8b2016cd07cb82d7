import { useCallback, useEffect, useRef, type KeyboardEvent, type RefObject } from "react";
import { applyTabStops, ROW, rowId, targetRow } from "./rovingFocus";

/**
 * Makes the message list inside `container` one tab stop with arrow keys inside (see
 * rovingFocus.ts); returns the key handler for the container. `onEnd` runs on End before focus
 * moves to the newest message (it scrolls there first).
 */
export function useRovingFocus(container: RefObject<HTMLElement | null>, onEnd: () => void): (e: KeyboardEvent) => void {
  const active = useRef<string | null>(null);
  const endRef = useRef(onEnd);
  endRef.current = onEnd;

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const apply = () => applyTabStops(el, active.current);
    apply();
    // rows come and go as the window scrolls and history loads
    const observer = new MutationObserver(apply);
    observer.observe(el, { childList: true, subtree: true });
    const focusin = (e: FocusEvent) => {
      const row = (e.target as HTMLElement).closest<HTMLElement>(ROW);
      const id = row ? rowId(row) : undefined;
      if (!id || id === active.current) return;
      active.current = id;
      apply();
    };
    el.addEventListener("focusin", focusin);
    return () => {
      observer.disconnect();
      el.removeEventListener("focusin", focusin);
    };
  }, [container]);

  return useCallback(
    (e: KeyboardEvent) => {
      const el = container.current;
      const target = e.target as HTMLElement;
      const row = target.closest<HTMLElement>(ROW);
      // a dialog opened from a message (the image viewer) keeps its own keys
      if (!el || !row || !el.contains(row) || target.closest("dialog")) return;
      if (target !== row) {
        // Escape from a control of a message goes back to the message
        if (e.key === "Escape") {
          e.preventDefault();
          row.focus();
        }
        return;
      }
      if (e.key === "End") {
        e.preventDefault();
        endRef.current();
        requestAnimationFrame(() => requestAnimationFrame(() => focusRow([...el.querySelectorAll<HTMLElement>(ROW)].at(-1))));
        return;
      }
      const next = targetRow(el, row, e.key);
      if (!next) return;
      e.preventDefault();
      focusRow(next);
    },
    [container],
  );
}

function focusRow(row: HTMLElement | undefined): void {
  if (!row) return;
  row.focus({ preventScroll: true });
  row.scrollIntoView({ block: "nearest" });
}
