import { useEffect, useState, type CSSProperties } from "react";
import type { ThemeConfig } from "../boot/config";
import { resolveMode, themeVariables } from "./theme";

const QUERY = "(prefers-color-scheme: dark)";

function prefersDark(): boolean {
  return typeof matchMedia === "function" && matchMedia(QUERY).matches;
}

/** The inline style carrying the theme's custom properties; follows the OS in `auto` mode. */
export function useThemeStyle(theme: ThemeConfig, override?: ThemeConfig["mode"]): CSSProperties {
  const [dark, setDark] = useState(prefersDark);
  useEffect(() => {
    if (typeof matchMedia !== "function") return;
    const media = matchMedia(QUERY);
    const listener = () => setDark(media.matches);
    media.addEventListener("change", listener);
    return () => media.removeEventListener("change", listener);
  }, []);
  const vars = themeVariables(theme, resolveMode(override ?? theme.mode, dark));
  const { "color-scheme": colorScheme, ...custom } = vars;
  return { ...custom, colorScheme } as CSSProperties;
}
