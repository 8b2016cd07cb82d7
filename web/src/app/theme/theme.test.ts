import { describe, expect, it } from "vitest";
import { DEFAULT_THEME } from "../boot/config";
import { cssVarName, resolveMode, themeVariables } from "./theme";

describe("theme", () => {
  it("maps config keys 1:1 to --parley- custom properties", () => {
    expect(cssVarName("primaryContrast")).toBe("--parley-primary-contrast");
    expect(cssVarName("ownBubble")).toBe("--parley-own-bubble");
    const vars = themeVariables({ ...DEFAULT_THEME, radius: "4px", density: "compact" }, "dark");
    expect(vars["--parley-background"]).toBe(DEFAULT_THEME.dark.background);
    expect(vars["--parley-radius"]).toBe("4px");
    expect(vars["--parley-density"]).toBe("compact");
    expect(Object.keys(vars).filter((k) => k.startsWith("--parley-")).length).toBeGreaterThanOrEqual(14);
  });

  it("follows the system in auto mode only", () => {
    expect(resolveMode("auto", true)).toBe("dark");
    expect(resolveMode("auto", false)).toBe("light");
    expect(resolveMode("light", true)).toBe("light");
  });

  it("default colors keep text contrast at 4.5:1 or more in both modes", () => {
    for (const c of [DEFAULT_THEME.light, DEFAULT_THEME.dark]) {
      for (const bg of [c.background, c.surface, c.ownBubble, c.otherBubble]) expect(contrast(c.text, bg)).toBeGreaterThanOrEqual(4.5);
      for (const bg of [c.background, c.surface, c.otherBubble]) expect(contrast(c.muted, bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(c.primaryContrast, c.primary)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(c.danger, c.surface)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

function contrast(a: string, b: string): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
