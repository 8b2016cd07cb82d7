import { useCallback, useEffect, useId, useState } from "react";
import type { Features, ThemeColors, ThemeConfig } from "../../app/boot/config";
import type { AdminApi, AppearanceDocument } from "../adminApi";
import { adminError } from "../useAction";
import { at, type AdminKey } from "../strings";
import { Notice } from "./SearchForm";
import { ThemePreview } from "./ThemePreview";
import { HEX, draftOf, labelOf, pickerValue, previewFeatures, previewTheme, storedOf, type Draft } from "./themeDraft";

const CLIENT_TYPE = "web";
const COLORS: (keyof ThemeColors)[] = ["primary", "primaryContrast", "background", "surface", "text", "muted", "border",
  "danger", "ownBubble", "otherBubble"];
const TEXT_FIELDS: { key: keyof ThemeConfig; label: AdminKey }[] = [
  { key: "appName", label: "appName" },
  { key: "logoUrl", label: "logoUrl" },
  { key: "radius", label: "radius" },
  { key: "fontFamily", label: "fontFamily" },
  { key: "fontSize", label: "fontSize" },
];
const CHOICES: { key: "mode" | "density"; label: AdminKey; options: [string, AdminKey][] }[] = [
  { key: "mode", label: "mode", options: [["auto", "modeAuto"], ["light", "modeLight"], ["dark", "modeDark"]] },
  { key: "density", label: "density", options: [["comfortable", "densityComfortable"], ["compact", "densityCompact"]] },
];

/**
 * The web client's theme and features: a field per setting, a live preview of the chat beside
 * them with contrast warnings, Save (every node and open chat takes it) and Reset to the config
 * file's. The server's refusal, naming each bad setting, is shown as is.
 */
export function ThemePage({ api }: { api: AdminApi }) {
  const [doc, setDoc] = useState<AppearanceDocument | null>(null);
  const [draft, setDraft] = useState<Draft>({});
  const [palette, setPalette] = useState<"light" | "dark">("light");
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const paletteId = useId();

  const take = (fresh: AppearanceDocument) => {
    setDoc(fresh);
    setDraft(draftOf(fresh.stored));
  };
  const load = useCallback(() => {
    setError(null);
    api.appearance(CLIENT_TYPE).then(take, (e: unknown) => setError(adminError(e)));
  }, [api]);
  useEffect(load, [load]);

  const run = async (action: () => Promise<AppearanceDocument>, done: AdminKey) => {
    setNotice(null);
    setError(null);
    setBusy(true);
    try {
      take(await action());
      setNotice(at(done));
    } catch (e) {
      setError(adminError(e));
    } finally {
      setBusy(false);
    }
  };
  const save = () => void run(() => api.replaceAppearance(CLIENT_TYPE, storedOf(draft)), "themeSaved");
  const reset = () => {
    if (window.confirm(at("confirmResetTheme"))) void run(() => api.resetAppearance(CLIENT_TYPE), "themeReset");
  };
  const set = (path: string, value: string | boolean) => setDraft((held) => ({ ...held, [path]: value }));

  const theme = doc ? previewTheme(doc.theme, draft) : null;
  const features = doc ? previewFeatures(doc.features, draft) : null;
  const text = (path: string, fallback: string | null) => {
    const value = draft[path];
    return typeof value === "string" ? value : (fallback ?? "");
  };

  return (
    <section aria-labelledby="admin-theme">
      <div className="parley-admin-heading">
        <h1 id="admin-theme">{at("theme")}</h1>
        {doc && JSON.stringify(draftOf(doc.stored)) !== JSON.stringify(draft) && <span className="parley-muted">{at("unsaved")}</span>}
        <button type="button" className="parley-button" disabled={busy || !doc} onClick={reset}>
          {at("resetTheme")}
        </button>
        <button type="button" className="parley-button parley-button-primary" disabled={busy || !doc} onClick={save}>
          {at("save")}
        </button>
      </div>
      <p className="parley-help">{at("themeHelp")}</p>
      {error && (
        <p className="parley-error" role="alert">
          {error}
        </p>
      )}
      <Notice text={notice} />
      {theme && features && (
        <div className="parley-admin-theme">
          <div className="parley-admin-theme-fields">
            <fieldset>
              <legend>{at("general")}</legend>
              {TEXT_FIELDS.map((field) => (
                <Field key={field.key} label={at(field.label)}>
                  {(id) => (
                    <input id={id} type="text" value={text(`theme.${field.key}`, theme[field.key] as string | null)}
                      onChange={(e) => set(`theme.${field.key}`, e.target.value)} />
                  )}
                </Field>
              ))}
              {CHOICES.map((choice) => (
                <Field key={choice.key} label={at(choice.label)}>
                  {(id) => (
                    <select id={id} value={text(`theme.${choice.key}`, theme[choice.key])} onChange={(e) => set(`theme.${choice.key}`, e.target.value)}>
                      {choice.options.map(([value, label]) => (
                        <option key={value} value={value}>
                          {at(label)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              ))}
            </fieldset>
            <fieldset>
              <legend>{at("colors")}</legend>
              <label htmlFor={paletteId}>{at("palette")}</label>{" "}
              <select id={paletteId} value={palette} onChange={(e) => setPalette(e.target.value as "light" | "dark")}>
                <option value="light">{at("modeLight")}</option>
                <option value="dark">{at("modeDark")}</option>
              </select>
              {COLORS.map((color) => (
                <ColorField key={`${palette}.${color}`} color={color} shown={text(`theme.${palette}.${color}`, theme[palette][color])}
                  onChange={(value) => set(`theme.${palette}.${color}`, value)} />
              ))}
            </fieldset>
            <fieldset>
              <legend>{at("features")}</legend>
              {(Object.keys(features) as (keyof Features)[]).map((feature) => (
                <label key={feature} className="parley-admin-check">
                  <input type="checkbox" checked={features[feature]} onChange={(e) => set(`features.${feature}`, e.target.checked)} />{" "}
                  {labelOf(feature)}
                </label>
              ))}
            </fieldset>
          </div>
          <ThemePreview theme={theme} mode={palette} />
        </div>
      )}
    </section>
  );
}

function Field({ label, children }: { label: string; children: (id: string) => React.ReactNode }) {
  const id = useId();
  return (
    <div className="parley-admin-theme-field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

/** A color as a picker and as hex text (the picker shows the last valid one while the text is being typed). */
function ColorField({ color, shown, onChange }: { color: string; shown: string; onChange: (value: string) => void }) {
  const label = labelOf(color);
  return (
    <div className="parley-admin-theme-field parley-admin-theme-color">
      <span>{label}</span>
      <input type="color" aria-label={at("colorPicker", { color: label })} value={HEX.test(shown) ? pickerValue(shown) : "#000000"}
        onChange={(e) => onChange(e.target.value)} />
      <input type="text" aria-label={at("colorHex", { color: label })} value={shown} spellCheck={false} size={10}
        aria-invalid={HEX.test(shown) ? undefined : true} onChange={(e) => onChange(e.target.value.trim())} />
    </div>
  );
}
