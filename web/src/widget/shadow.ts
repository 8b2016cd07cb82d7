import css from "../app/styles/app.css?inline";

/** The widget's own extra styles: the host element and compact mode. */
const WIDGET_CSS = `
:host { display: block; position: relative; height: 100%; min-height: 320px; }
:host([mode="compact"]) { display: contents; }
.parley-widget { height: 100%; min-height: 320px; }
.parley-compact { position: fixed; right: 20px; bottom: 20px; z-index: 2147483000; display: flex; flex-direction: column; align-items: flex-end; gap: 10px; font-family: system-ui, sans-serif; }
.parley-compact-panel { width: min(380px, calc(100vw - 40px)); height: min(560px, calc(100vh - 100px)); border-radius: 12px; overflow: hidden; box-shadow: 0 10px 40px rgb(0 0 0 / 0.25); }
.parley-compact-button { border: none; border-radius: 999px; padding: 12px 18px; font: inherit; font-weight: 700; cursor: pointer; background: #2f5bd3; color: #fff; box-shadow: 0 6px 20px rgb(0 0 0 / 0.25); }
.parley-compact-button:focus-visible { outline: 3px solid #8ab0ff; outline-offset: 2px; }
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
