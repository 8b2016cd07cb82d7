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
});
