import { createElement } from "react";
import { createRoot, type Root } from "react-dom/client";
import css from "../app/styles/app.css?inline";
import { CompactWidget, WidgetApp, type WidgetMode, type WidgetProps } from "./WidgetApp";

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

export interface MountProps {
  container: Element;
  server?: string;
  token?: string;
  tokenEndpoint?: string;
  room?: string;
  theme?: "light" | "dark" | "auto";
  mode?: WidgetMode;
}

interface Mounted {
  root: Root;
  host: HTMLElement;
}

const mounted = new WeakMap<Element, Mounted>();

/** The origin this script was loaded from: the default Parley server. */
function scriptOrigin(): string {
  try {
    return new URL(import.meta.url).origin;
  } catch {
    return location.origin;
  }
}

function shadowFor(host: Element): ShadowRoot {
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: "open" });
  if (!shadow.querySelector("style[data-parley]")) {
    const style = document.createElement("style");
    style.dataset.parley = "";
    style.textContent = css + WIDGET_CSS;
    shadow.appendChild(style);
  }
  return shadow;
}

function render(target: Mounted, props: Omit<WidgetProps, "onAuthRequired">, events: EventTarget): void {
  const full: WidgetProps = {
    ...props,
    onAuthRequired: () => events.dispatchEvent(new CustomEvent("parley:auth-required", { bubbles: true, composed: true })),
  };
  target.root.render(props.mode === "compact" ? createElement(CompactWidget, full) : createElement(WidgetApp, full));
}

/** qiankun / micro-lc lifecycle. */
export async function bootstrap(): Promise<void> {
  // nothing to prepare: everything is in this module
}

/** Mounts the chat into `props.container` (inside a shadow root of its own). */
export async function mount(props: MountProps): Promise<void> {
  const { container } = props;
  await unmount({ container });
  const host = document.createElement("div");
  host.className = "parley-widget-host";
  host.style.height = "100%";
  container.appendChild(host);
  const shadow = shadowFor(host);
  const mountPoint = document.createElement("div");
  mountPoint.className = "parley-widget";
  shadow.appendChild(mountPoint);
  const target = { root: createRoot(mountPoint), host };
  mounted.set(container, target);
  render(
    target,
    {
      server: props.server ?? scriptOrigin(),
      token: props.token,
      tokenEndpoint: props.tokenEndpoint,
      room: props.room,
      theme: props.theme,
      mode: props.mode ?? "full",
    },
    container,
  );
}

export async function unmount(props: { container: Element }): Promise<void> {
  const target = mounted.get(props.container);
  if (!target) return;
  mounted.delete(props.container);
  target.root.unmount();
  target.host.remove();
}

const ATTRIBUTES = ["server", "token", "token-endpoint", "room", "theme", "mode"] as const;

/** `<parley-chat server token|token-endpoint room theme mode>` */
export class ParleyChatElement extends HTMLElement {
  static observedAttributes = [...ATTRIBUTES];
  private target: Mounted | null = null;
  private scheduled = false;

  connectedCallback(): void {
    if (!this.target) {
      const shadow = shadowFor(this);
      const mountPoint = document.createElement("div");
      mountPoint.className = "parley-widget";
      shadow.appendChild(mountPoint);
      this.target = { root: createRoot(mountPoint), host: this };
    }
    this.update();
  }

  disconnectedCallback(): void {
    // React cannot unmount synchronously during a render: defer, and keep the element reusable
    const target = this.target;
    this.target = null;
    queueMicrotask(() => {
      target?.root.unmount();
      target?.host.shadowRoot?.querySelector(".parley-widget")?.remove();
    });
  }

  attributeChangedCallback(): void {
    if (this.target) this.update();
  }

  private update(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      if (!this.target) return;
      const theme = this.getAttribute("theme");
      const mode = this.getAttribute("mode");
      render(
        this.target,
        {
          server: this.getAttribute("server") ?? scriptOrigin(),
          token: this.getAttribute("token"),
          tokenEndpoint: this.getAttribute("token-endpoint"),
          room: this.getAttribute("room"),
          theme: theme === "light" || theme === "dark" || theme === "auto" ? theme : undefined,
          mode: mode === "single" || mode === "compact" ? mode : "full",
        },
        this,
      );
    });
  }
}

if (typeof customElements !== "undefined" && !customElements.get("parley-chat")) {
  customElements.define("parley-chat", ParleyChatElement);
}

declare global {
  interface Window {
    ParleyChat?: { bootstrap: typeof bootstrap; mount: typeof mount; unmount: typeof unmount };
  }
}
if (typeof window !== "undefined") window.ParleyChat = { bootstrap, mount, unmount };
