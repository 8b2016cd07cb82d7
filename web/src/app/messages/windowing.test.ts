import { describe, expect, it } from "vitest";
import { computeLayout, rowAt, visibleRange } from "./windowing";

describe("windowing", () => {
  const keys = Array.from({ length: 10_000 }, (_, i) => `k${i}`);
  const layout = computeLayout(keys, (_k, i) => (i % 2 === 0 ? 40 : 60));

  it("stacks rows by their heights", () => {
    expect(layout.offsets[0]).toBe(0);
    expect(layout.offsets[2]).toBe(100);
    expect(layout.offsets[10_000]).toBe(500_000);
  });

  it("finds the row under a position", () => {
    expect(rowAt(layout, 0)).toBe(0);
    expect(rowAt(layout, 39)).toBe(0);
    expect(rowAt(layout, 40)).toBe(1);
    expect(rowAt(layout, 250_010)).toBe(5_000);
  });

  it("renders only the rows near the viewport of a 10,000-row list", () => {
    const [start, end] = visibleRange(layout, 250_000, 600, 300);
    expect(start).toBeGreaterThan(4_980);
    expect(end - start).toBeLessThan(40);
    expect(visibleRange(computeLayout([], () => 10), 0, 600, 300)).toEqual([0, 0]);
  });
});
