import type { CSSProperties } from "react";
import type { ThemeConfig } from "../../app/boot/config";
import { colorPairs, contrastRatio } from "../../app/theme/contrast";
import { themeVariables } from "../../app/theme/theme";
import { initials } from "../../app/rooms/roomName";
import { at } from "../strings";

/**
 * A small chat in the app's own styles (its `--parley-*` properties and message classes) with the
 * edited theme: sample messages, clearly marked as such, that nobody wrote.
 */
export function ThemePreview({ theme, mode }: { theme: ThemeConfig; mode: "light" | "dark" }) {
  const { "color-scheme": colorScheme, ...vars } = themeVariables(theme, mode);
  const style = { ...vars, colorScheme } as CSSProperties;
  const other = at("previewOther");
  return (
    <section className="parley-admin-preview" aria-labelledby="admin-theme-preview">
      <h2 id="admin-theme-preview">{at("preview")}</h2>
      <p className="parley-help">{at("previewNote")}</p>
      <div className="parley-root parley-admin-preview-chat" style={style} data-testid="theme-preview">
        <div className="parley-admin-preview-header">
          {theme.logoUrl && <img src={theme.logoUrl} alt="" height={20} />}
          <span className="parley-app-name">{theme.appName}</span>
        </div>
        <div className="parley-messages" role="list" aria-label={at("preview")}>
          <div role="listitem" className="parley-message parley-group-start">
            <div className="parley-message-gutter">
              <span className="parley-avatar" style={{ width: 32, height: 32, fontSize: 13 }} aria-hidden="true">
                {initials(other)}
              </span>
            </div>
            <div className="parley-message-main">
              <div className="parley-message-meta">
                <span className="parley-author">{other}</span>
              </div>
              <div className="parley-bubble">
                <p>{at("previewOtherText")}</p>
              </div>
            </div>
          </div>
          {[at("previewOwnText"), at("previewReply")].map((text, i) => (
            <div key={text} role="listitem" className={`parley-message parley-own${i === 0 ? " parley-group-start" : ""}`}>
              <div className="parley-message-gutter" />
              <div className="parley-message-main">
                <div className="parley-bubble">
                  <p>{text}</p>
                </div>
              </div>
            </div>
          ))}
        </div>
        <div className="parley-admin-preview-composer">
          <span className="parley-admin-preview-input">{at("previewComposer")}</span>
          <span className="parley-button parley-button-primary" data-testid="preview-send">
            {at("previewSend")}
          </span>
        </div>
      </div>
      <ContrastWarnings theme={theme} mode={mode} />
    </section>
  );
}

/** Each text color of the mode that falls under 4.5:1 on its background. */
function ContrastWarnings({ theme, mode }: { theme: ThemeConfig; mode: "light" | "dark" }) {
  const low = colorPairs(theme[mode])
    .map((pair) => ({ what: pair.what, ratio: contrastRatio(pair.foreground, pair.background) }))
    .filter((pair) => pair.ratio < 4.5);
  return (
    <div aria-live="polite">
      <h3>{at("contrastHeading")}</h3>
      {low.length === 0 ? (
        <p>{at("contrastOk")}</p>
      ) : (
        <ul className="parley-admin-contrast">
          {low.map((pair) => (
            <li key={pair.what} className="parley-error">
              {at("contrastLow", { what: pair.what, ratio: pair.ratio.toFixed(2) })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
