import type { Features, ThemeColors, ThemeConfig } from "../../app/boot/config";
import { contrastRatio, mix } from "../../app/theme/contrast";
import type { StoredAppearance } from "../adminApi";

/** The editor's settings by their path in `/chat/config` (`theme.light.primary`, `features.typing`). */
export type Draft = Record<string, string | boolean>;

export const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const WHITE = "#ffffff";
const INK = "#0b0d12";

/** What admins stored, flattened to paths. */
export function draftOf(stored: StoredAppearance): Draft {
  const draft: Draft = {};
  const walk = (prefix: string, node: object) => {
    for (const [key, value] of Object.entries(node)) {
      if (value !== null && typeof value === "object") walk(`${prefix}${key}.`, value as object);
      else if (value !== undefined && value !== null) draft[prefix + key] = value as string | boolean;
    }
  };
  walk("", stored);
  return draft;
}

/** The draft nested as the server takes it: `{theme: {light: {primary}}, features: {typing}}`. */
export function storedOf(draft: Draft): StoredAppearance {
  const root: Record<string, unknown> = { theme: {}, features: {} };
  for (const [path, value] of Object.entries(draft)) {
    const parts = path.split(".");
    let at = root;
    for (const part of parts.slice(0, -1)) at = (at[part] ??= {}) as Record<string, unknown>;
    at[parts[parts.length - 1]!] = value;
  }
  return root as StoredAppearance;
}

/**
 * The theme as it would be served with the draft: the served one with the draft's values over
 * it (colors only when they are hex), and, like the server, a bubble and button text that follow
 * a primary color the draft sets unless the draft sets them too.
 */
export function previewTheme(served: ThemeConfig, draft: Draft): ThemeConfig {
  const theme: ThemeConfig = { ...served, light: { ...served.light }, dark: { ...served.dark } };
  for (const [path, value] of Object.entries(draft)) {
    const [root, key, color] = path.split(".");
    if (root !== "theme" || typeof value !== "string") continue;
    if ((key === "light" || key === "dark") && color) {
      if (HEX.test(value)) theme[key][color as keyof ThemeColors] = value.toLowerCase();
    } else if (key) {
      (theme as unknown as Record<string, string | null>)[key] = key === "logoUrl" && value === "" ? null : value;
    }
  }
  for (const mode of ["light", "dark"] as const) {
    if (!(`theme.${mode}.primary` in draft)) continue;
    const c = theme[mode];
    if (!(`theme.${mode}.ownBubble` in draft)) c.ownBubble = bubble(c, mode === "dark" ? 0.3 : 0.14);
    if (!(`theme.${mode}.primaryContrast` in draft)) {
      c.primaryContrast = contrastRatio(WHITE, c.primary) >= contrastRatio(INK, c.primary) ? WHITE : INK;
    }
  }
  return theme;
}

/** The primary mixed into the background, less until text and muted text on it reach 4.5:1. */
function bubble(c: ThemeColors, tint: number): string {
  for (let weight = tint; weight > 0; weight -= 0.02) {
    const mixed = mix(c.primary, c.background, weight);
    if (contrastRatio(c.text, mixed) >= 4.5 && contrastRatio(c.muted, mixed) >= 4.5) return mixed;
  }
  return c.background;
}

export function previewFeatures(served: Features, draft: Draft): Features {
  const features = { ...served };
  for (const [path, value] of Object.entries(draft)) {
    if (path.startsWith("features.") && typeof value === "boolean") features[path.slice(9) as keyof Features] = value;
  }
  return features;
}

/** `#abc` or `#aabbccdd` as the `#rrggbb` a color picker takes. */
export function pickerValue(hex: string): string {
  const digits = hex.slice(1);
  return "#" + (digits.length === 3 ? [...digits].map((d) => d + d).join("") : digits.slice(0, 6)).toLowerCase();
}

/** `ownBubble` → `Own bubble`. */
export function labelOf(key: string): string {
  const words = key.replace(/[A-Z]/g, (c) => " " + c.toLowerCase());
  return words.charAt(0).toUpperCase() + words.slice(1);
}
