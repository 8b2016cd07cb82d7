import css from "../app/styles/app.css?inline";

/** The widget's own extra styles: the host element and compact mode. */
const WIDGET_CSS = `
:host { display: block; position: relative; height: 100%; min-height: 320px; }
:host([mode="compact"]) { display: contents; }
.parley-widget { height: 100%; min-height: 320px; }
.parley-compact { position: fixed; right: 20px; bottom: 20px; z-index: 2147483000; display: flex; flex-direction: column; align-items: flex-end; gap: 10px; font-family: system-ui, sans-serif; }
.parley-compact-panel { width: min(380px, calc(100vw - 40px)); height: min(560px, calc(100vh - 100px)); border-radius: 12px; overflow: hidden; box-shadow: 0 10px 40px rgb(0 0 0 / 0.25); }
.parley-compact-panel[hidden] { display: none; }
.parley-compact-button { position: relative; border: none; border-radius: 999px; padding: 12px 18px; font: inherit; font-family: var(--parley-font-family, inherit); font-weight: 700; cursor: pointer; background: var(--parley-primary, #2f5bd3); color: var(--parley-primary-contrast, #fff); box-shadow: 0 6px 20px rgb(0 0 0 / 0.25); }
.parley-compact-button:focus-visible { outline: 3px solid var(--parley-primary, #2f5bd3); outline-offset: 3px; }
.parley-compact-badge { position: absolute; top: -6px; right: -6px; min-width: 22px; padding: 1px 6px; border-radius: 999px; background: var(--parley-danger, #c62828); color: var(--parley-background, #fff); font-size: 12px; line-height: 20px; text-align: center; }
.parley-compact-preview { margin: 0; max-width: min(300px, calc(100vw - 40px)); padding: 10px 14px; border-radius: 12px; background: var(--parley-surface, #fff); color: var(--parley-text, #1a1a1a); border: 1px solid var(--parley-border, #ddd); box-shadow: 0 6px 20px rgb(0 0 0 / 0.15); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
`;

/**
 * A mount point inside `host`'s (open) shadow root, with Parley's styles: nothing of the
 * host page's CSS reaches in, and nothing of Parley's reaches out.
 */
export function shadowMountPoint(host: Element): HTMLElement {
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: "open" });
  if (!shadow.querySelector("style[data-parley]")) {
    const style = document.createElement("style");
    style.dataset.parley = "";
    style.textContent = css + WIDGET_CSS;
    shadow.appendChild(style);
  }
  const mountPoint = document.createElement("div");
  mountPoint.className = "parley-widget";
  shadow.appendChild(mountPoint);
  return mountPoint;
}
