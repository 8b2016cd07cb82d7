import { describe, expect, it } from "vitest";
import { DEFAULT_THEME } from "../../app/boot/config";
import { contrastRatio } from "../../app/theme/contrast";
import { draftOf, pickerValue, previewTheme, storedOf } from "./themeDraft";

describe("the theme editor's draft", () => {
  it("goes from the stored document to paths and back unchanged", () => {
    const stored = { theme: { appName: "Acme", light: { primary: "#0a7d32" } }, features: { typing: false } };
    const draft = draftOf(stored);
    expect(draft).toEqual({ "theme.appName": "Acme", "theme.light.primary": "#0a7d32", "features.typing": false });
    expect(storedOf(draft)).toEqual(stored);
  });

  it("previews a new primary with a readable bubble and button text, like the server derives them", () => {
    const theme = previewTheme(DEFAULT_THEME, { "theme.light.primary": "#0a7d32" });
    expect(theme.light.primary).toBe("#0a7d32");
    expect(theme.light.ownBubble).not.toBe(DEFAULT_THEME.light.ownBubble);
    expect(contrastRatio(theme.light.text, theme.light.ownBubble)).toBeGreaterThanOrEqual(4.5);
    expect(theme.light.primaryContrast).toBe("#ffffff");
    expect(theme.dark).toEqual(DEFAULT_THEME.dark);
  });

  it("keeps the served color while a typed one is not a hex color yet", () => {
    const theme = previewTheme(DEFAULT_THEME, { "theme.light.background": "#12" });
    expect(theme.light.background).toBe(DEFAULT_THEME.light.background);
    expect(pickerValue("#abc")).toBe("#aabbcc");
    expect(pickerValue("#AABBCC80")).toBe("#aabbcc");
  });
});
