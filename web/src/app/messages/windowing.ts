/** The layout math of a virtualized list with rows of varying, measured heights. */
export interface Layout {
  /** offsets[i] = top of row i; offsets[n] = total height. */
  offsets: number[];
}

export function computeLayout(keys: readonly string[], heightOf: (key: string, index: number) => number): Layout {
  const offsets = new Array<number>(keys.length + 1);
  offsets[0] = 0;
  for (let i = 0; i < keys.length; i++) offsets[i + 1] = offsets[i]! + heightOf(keys[i]!, i);
  return { offsets };
}

/** The first row whose bottom is below `y` (binary search). */
export function rowAt(layout: Layout, y: number): number {
  const { offsets } = layout;
  const n = offsets.length - 1;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid + 1]! <= y) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo);
}

/** Rows to render for a viewport at `scrollTop` of `height`, plus `overscan` px either side: [start, end). */
export function visibleRange(layout: Layout, scrollTop: number, height: number, overscan: number): [number, number] {
  const n = layout.offsets.length - 1;
  if (n === 0) return [0, 0];
  const start = rowAt(layout, Math.max(0, scrollTop - overscan));
  const end = Math.min(n, rowAt(layout, scrollTop + height + overscan) + 1);
  return [start, end];
}
