import { useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type ReactNode, type Ref } from "react";
import { computeLayout, visibleRange } from "./windowing";

export interface VirtualListHandle {
  scrollToBottom(): void;
  /** Scrolls so the row with `key` is in view; false if there is no such row. */
  scrollToKey(key: string): boolean;
}

interface Props<T> {
  items: readonly T[];
  getKey: (item: T) => string;
  estimate: (item: T) => number;
  render: (item: T) => ReactNode;
  /** Called when the user scrolls near the top (load older history). */
  onNearTop?: () => void;
  onAtBottomChange?: (atBottom: boolean) => void;
  className?: string;
  label: string;
  /** Name of the scrollable region (focusable, so the keyboard can scroll it). */
  regionLabel?: string;
  handleRef?: Ref<VirtualListHandle>;
  /** Start at this row instead of the bottom (the first unread). */
  initialKey?: string | undefined;
  overscanPx?: number;
  /** The scroller is a tab stop of its own (default); false when its rows carry the focus. */
  focusable?: boolean;
}

const BOTTOM_SLACK = 48;
const TOP_TRIGGER = 600;

/**
 * A windowed list for chat: renders only the rows near the viewport, measures their real height,
 * sticks to the bottom while the user is there, and keeps the row under the user's eyes still when
 * rows are added above (older history) or change height.
 */
export function VirtualList<T>({
  items,
  getKey,
  estimate,
  render,
  onNearTop,
  onAtBottomChange,
  className,
  label,
  regionLabel,
  handleRef,
  initialKey,
  overscanPx = 800,
  focusable = true,
}: Props<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const heights = useRef(new Map<string, number>());
  const [measureVersion, setMeasureVersion] = useState(0);
  const [viewport, setViewport] = useState({ top: 0, height: 600 });
  const atBottom = useRef(true);
  const anchor = useRef<{ key: string; delta: number } | null>(null);
  const initialDone = useRef(false);
  /** The scrollTop this component last set itself: its scroll event is not the user leaving the bottom. */
  const ownScroll = useRef<number | null>(null);
  const setTop = (el: HTMLDivElement, top: number) => {
    el.scrollTop = top;
    ownScroll.current = el.scrollTop;
  };

  const keys = useMemo(() => items.map(getKey), [items, getKey]);
  const indexOfKey = useMemo(() => new Map(keys.map((k, i) => [k, i])), [keys]);
  const layout = useMemo(
    () => computeLayout(keys, (key, i) => heights.current.get(key) ?? estimate(items[i]!)),
    // measureVersion: heights changed
    [keys, items, estimate, measureVersion],
  );
  const total = layout.offsets[keys.length] ?? 0;
  const [start, end] = visibleRange(layout, viewport.top, viewport.height, overscanPx);

  /** Remembers the first row on screen and how far below the top edge it is (from the DOM, the truth). */
  const rememberAnchor = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    const top = el.getBoundingClientRect().top;
    for (const row of el.querySelectorAll<HTMLElement>("[data-vkey]")) {
      const rect = row.getBoundingClientRect();
      if (rect.bottom > top + 1) {
        anchor.current = { key: row.dataset.vkey!, delta: rect.top - top };
        return;
      }
    }
    anchor.current = null;
  }, []);

  const onScroll = () => {
    const el = scroller.current;
    if (!el) return;
    const bottom = el.scrollHeight - el.scrollTop - el.clientHeight < BOTTOM_SLACK;
    const mine = ownScroll.current !== null && Math.abs(el.scrollTop - ownScroll.current) < 2;
    ownScroll.current = null;
    if (!mine) {
      settle.current.left = 8;
      if (bottom !== atBottom.current) {
        atBottom.current = bottom;
        onAtBottomChange?.(bottom);
      }
      rememberAnchor();
    }
    setViewport({ top: el.scrollTop, height: el.clientHeight });
    if (el.scrollTop < TOP_TRIGGER) onNearTop?.();
  };

  // After every render: stay at the bottom, or keep the anchor row where the user saw it.
  // Corrections change what is rendered, which may call for another correction: at most a few
  // per frame, so estimates that disagree with the DOM can never loop.
  const corrections = useRef(0);
  const settle = useRef({ frame: 0, left: 8 });
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    if (corrections.current === 0) setTimeout(() => (corrections.current = 0), 0);
    if (++corrections.current > 4) {
      // Out of corrections for this frame: settle on the next one, else a list opened at the
      // bottom could stop short of it (the newest message half hidden). A few frames at most.
      if (settle.current.frame === 0 && settle.current.left > 0) {
        settle.current.left--;
        settle.current.frame = requestAnimationFrame(() => {
          settle.current.frame = 0;
          corrections.current = 0;
          setMeasureVersion((v) => v + 1);
        });
      }
      return;
    }
    if (!initialDone.current && keys.length > 1) {
      initialDone.current = true;
      const i = initialKey !== undefined ? indexOfKey.get(initialKey) : undefined;
      if (i !== undefined && layout.offsets[i]! + el.clientHeight < total) {
        setTop(el, Math.max(0, layout.offsets[i]! - 48));
        atBottom.current = false;
        onAtBottomChange?.(false);
        // keep that row in place while the rows above get measured
        anchor.current = { key: initialKey!, delta: 48 };
      } else {
        setTop(el, el.scrollHeight);
      }
    } else if (atBottom.current) {
      if (Math.abs(el.scrollTop - (el.scrollHeight - el.clientHeight)) > 1) setTop(el, el.scrollHeight);
    } else if (anchor.current) {
      const { key, delta } = anchor.current;
      const row = el.querySelector<HTMLElement>(`[data-vkey="${CSS.escape(key)}"]`);
      if (row) {
        const shift = row.getBoundingClientRect().top - el.getBoundingClientRect().top - delta;
        if (Math.abs(shift) > 1) setTop(el, el.scrollTop + shift);
      } else {
        const i = indexOfKey.get(key);
        if (i !== undefined && Math.abs(el.scrollTop - (layout.offsets[i]! - delta)) > 1) setTop(el, layout.offsets[i]! - delta);
      }
    }
    if (Math.abs(el.scrollTop - viewport.top) > 1 || el.clientHeight !== viewport.height) {
      setViewport({ top: el.scrollTop, height: el.clientHeight });
    }
  });

  // Measure rendered rows.
  const observer = useRef<ResizeObserver | null>(null);
  useEffect(() => {
    observer.current = new ResizeObserver((entries) => {
      let changed = false;
      for (const entry of entries) {
        const key = (entry.target as HTMLElement).dataset.vkey;
        if (!key) continue;
        const h = Math.round((entry.target as HTMLElement).offsetHeight);
        if (h > 0 && heights.current.get(key) !== h) {
          heights.current.set(key, h);
          changed = true;
        }
      }
      if (changed) setMeasureVersion((v) => v + 1);
    });
    const resize = new ResizeObserver(() => {
      const el = scroller.current;
      if (el) setViewport({ top: el.scrollTop, height: el.clientHeight });
    });
    if (scroller.current) resize.observe(scroller.current);
    return () => {
      observer.current?.disconnect();
      resize.disconnect();
      cancelAnimationFrame(settle.current.frame);
    };
  }, []);

  const measure = useCallback((el: HTMLDivElement | null) => {
    if (!el) return;
    const key = el.dataset.vkey!;
    const h = el.offsetHeight;
    if (h > 0 && heights.current.get(key) !== h) {
      heights.current.set(key, h);
    }
    observer.current?.observe(el);
  }, []);

  useImperativeHandle(
    handleRef,
    () => ({
      scrollToBottom() {
        const el = scroller.current;
        if (!el) return;
        atBottom.current = true;
        onAtBottomChange?.(true);
        setTop(el, el.scrollHeight);
        setViewport({ top: el.scrollTop, height: el.clientHeight });
      },
      scrollToKey(key: string) {
        const el = scroller.current;
        const i = indexOfKey.get(key);
        if (!el || i === undefined) return false;
        atBottom.current = false;
        onAtBottomChange?.(false);
        setTop(el, Math.max(0, layout.offsets[i]! - el.clientHeight / 3));
        anchor.current = { key, delta: Math.min(el.clientHeight / 3, layout.offsets[i]!) };
        setViewport({ top: el.scrollTop, height: el.clientHeight });
        return true;
      },
    }),
    [indexOfKey, layout, onAtBottomChange, rememberAnchor],
  );

  return (
    <div
      ref={scroller}
      className={className}
      onScroll={onScroll}
      style={{ overflowY: "auto", overflowAnchor: "none" }}
      tabIndex={focusable ? 0 : undefined}
      role="region"
      aria-label={regionLabel ?? label}
    >
      <div style={{ height: total, position: "relative" }}>
        <div role="list" aria-label={label} style={{ position: "absolute", top: layout.offsets[start] ?? 0, left: 0, right: 0 }}>
          {items.slice(start, end).map((item, i) => {
            const key = keys[start + i]!;
            return (
              <div key={key} data-vkey={key} ref={measure} className="parley-vrow">
                {render(item)}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
