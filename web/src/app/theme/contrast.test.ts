import { describe, expect, it } from "vitest";
import { DEFAULT_THEME } from "../boot/config";
import { colorPairs, contrastRatio, mix } from "./contrast";

describe("theme contrast", () => {
  it("computes WCAG ratios: black on white is 21:1, a color on itself 1:1", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#fff", "#000")).toBeCloseTo(21, 5);
    expect(contrastRatio("#4f46e5", "#4f46e5")).toBe(1);
    expect(mix("#ffffff", "#000000", 0.5)).toBe("#808080");
  });

  for (const mode of ["light", "dark"] as const) {
    it(`every text color of the default ${mode} theme reads at 4.5:1 or more on its background`, () => {
      const low = colorPairs(DEFAULT_THEME[mode])
        .map((p) => ({ ...p, ratio: Math.round(contrastRatio(p.foreground, p.background) * 100) / 100 }))
        .filter((p) => p.ratio < 4.5);
      expect(low).toEqual([]);
    });
  }

  it("finds a pair that does not read well", () => {
    const pale = { ...DEFAULT_THEME.light, muted: "#a0a4aa" };
    expect(colorPairs(pale).some((p) => p.what === "muted on ownBubble" && contrastRatio(p.foreground, p.background) < 4.5)).toBe(true);
  });
});
