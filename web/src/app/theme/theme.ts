import type { ThemeColors, ThemeConfig } from "../boot/config";

/** `primaryContrast` → `--parley-primary-contrast`. */
export function cssVarName(key: string): string {
  return "--parley-" + key.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase());
}

/** The custom properties for one resolved mode (light or dark). */
export function themeVariables(theme: ThemeConfig, mode: "light" | "dark"): Record<string, string> {
  const vars: Record<string, string> = {};
  const colors: ThemeColors = mode === "dark" ? theme.dark : theme.light;
  for (const [key, value] of Object.entries(colors)) vars[cssVarName(key)] = value;
  vars[cssVarName("radius")] = theme.radius;
  vars[cssVarName("fontFamily")] = theme.fontFamily;
  vars[cssVarName("fontSize")] = theme.fontSize;
  vars[cssVarName("density")] = theme.density;
  // density as a number the stylesheet can multiply spacing with
  vars["--parley-space"] = theme.density === "compact" ? "0.7" : "1";
  vars["color-scheme"] = mode;
  return vars;
}

/** Resolves `auto` with prefers-color-scheme. */
export function resolveMode(mode: ThemeConfig["mode"], prefersDark: boolean): "light" | "dark" {
  return mode === "auto" ? (prefersDark ? "dark" : "light") : mode;
}
