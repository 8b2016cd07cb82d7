import type { ThemeColors } from "../boot/config";

/** WCAG 2 relative luminance of a #rgb or #rrggbb color. */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colors (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `weight` of `a` over `b`, like CSS `color-mix(in srgb, a weight, b)`. */
export function mix(a: string, b: string, weight: number): string {
  const [ca, cb] = [channels(a), channels(b)];
  return "#" + ca.map((v, i) => Math.round(v * weight + cb[i]! * (1 - weight)).toString(16).padStart(2, "0")).join("");
}

function channels(hex: string): number[] {
  let digits = hex.slice(1, 7);
  if (digits.length === 3) digits = [...digits].map((c) => c + c).join("");
  return [0, 2, 4].map((at) => parseInt(digits.slice(at, at + 2), 16));
}

export interface ColorPair {
  /** Where the pair is seen, e.g. "muted on ownBubble". */
  what: string;
  foreground: string;
  background: string;
}

/**
 * Every text color the stylesheet puts on a background, for one mode: plain and muted text on
 * each surface and bubble (the selected room uses the own bubble), text on primary buttons and
 * badges, links and danger text, the reconnect banner (inverted), and text on the mention
 * highlights (primary mixed into a bubble, as app.css does).
 */
export function colorPairs(c: ThemeColors): ColorPair[] {
  const pair = (fg: keyof ThemeColors, bg: keyof ThemeColors): ColorPair => ({ what: `${fg} on ${bg}`, foreground: c[fg], background: c[bg] });
  const surfaces = ["background", "surface", "ownBubble", "otherBubble"] as const;
  return [
    ...surfaces.flatMap((bg) => [pair("text", bg), pair("muted", bg)]),
    pair("primaryContrast", "primary"),
    pair("primary", "background"),
    pair("primary", "surface"),
    pair("danger", "background"),
    pair("danger", "surface"),
    pair("background", "text"),
    pair("text", "border"),
    // the launcher's unread badge: the page's background color on danger
    pair("background", "danger"),
    { what: "text on selected text", foreground: c.text, background: mix(c.primary, c.background, 0.3) },
    ...(["ownBubble", "otherBubble"] as const).map((bubble) => ({
      what: `text on a mention of you in ${bubble}`,
      foreground: c.text,
      background: mix(c.primary, c[bubble], 0.2),
    })),
  ];
}
