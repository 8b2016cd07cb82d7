import { listenForCommandEvents } from "../host/hostBus";
import { isThemeMode, parseFilters, type HostEvent, type RoomFilters, type ThemeMode } from "../host/protocol";
import { shadowMountPoint } from "./shadow";
import { WidgetSession, type WidgetSettings } from "./session";
import type { WidgetMode } from "./WidgetApp";

/** Props of `mount` / `update` (qiankun passes its own as well: `name`, `container`, …). */
export interface MountProps {
  /** Where to render (qiankun passes it to mount and unmount; in `update`, optional). */
  container: Element;
  server?: string;
  token?: string;
  tokenEndpoint?: string;
  /** The host's token provider, asked at start and whenever the token is rejected. */
  getToken?: () => Promise<string> | string;
  room?: string;
  theme?: ThemeMode;
  mode?: WidgetMode;
  /** Which rooms the list shows (micro-lc `props.filters`). */
  filters?: RoomFilters;
  /** Every host event, besides the DOM `parley:*` events on the container. */
  onEvent?: (event: HostEvent) => void;
}

export interface Lifecycle {
  bootstrap(): Promise<void>;
  mount(props: MountProps): Promise<void>;
  update(props: MountProps): Promise<void>;
  unmount(props: { container: Element }): Promise<void>;
}

interface Mounted {
  session: WidgetSession;
  host: HTMLElement;
  stopListening: () => void;
}

const MODES: readonly string[] = ["full", "single", "compact"];

function settingsOf(props: MountProps, defaultServer: () => string): WidgetSettings {
  return {
    server: typeof props.server === "string" && props.server ? props.server.replace(/\/+$/, "") : defaultServer(),
    token: typeof props.token === "string" ? props.token : undefined,
    tokenEndpoint: typeof props.tokenEndpoint === "string" ? props.tokenEndpoint : undefined,
    getToken: typeof props.getToken === "function" ? props.getToken : undefined,
    room: typeof props.room === "string" ? props.room : undefined,
    theme: isThemeMode(props.theme) ? props.theme : undefined,
    mode: typeof props.mode === "string" && MODES.includes(props.mode) ? props.mode : "full",
    filters: parseFilters(props.filters),
  };
}

/**
 * The micro-frontend lifecycle (qiankun, micro-lc, single-spa style): each container holds at
 * most one chat; `unmount` stops its client (the socket closes), removes its listener and its
 * shadow root's styles with the element. Two containers are two independent chats.
 */
export function createLifecycle(defaultServer: () => string): Lifecycle {
  const mounted = new Map<Element, Mounted>();

  async function unmount(props: { container: Element }): Promise<void> {
    const target = mounted.get(props.container);
    if (!target) return;
    mounted.delete(props.container);
    target.stopListening();
    target.session.close();
    target.host.remove();
  }

  return {
    async bootstrap() {
      // nothing to prepare: everything is in this bundle
    },
    async mount(props) {
      const { container } = props;
      if (!(container instanceof Element)) throw new TypeError("mount needs props.container, the element to render into");
      await unmount({ container });
      const host = document.createElement("div");
      host.className = "parley-widget-host";
      host.style.height = "100%";
      container.appendChild(host);
      const session = new WidgetSession(shadowMountPoint(host), container, settingsOf(props, defaultServer), props.onEvent);
      mounted.set(container, { session, host, stopListening: listenForCommandEvents(container, session.commands) });
    },
    async update(props) {
      // qiankun's update passes only the host's props (no container): then every chat of this
      // bundle instance (one per qiankun app, each in its own sandbox) takes them
      const targets = props.container ? [mounted.get(props.container)] : [...mounted.values()];
      for (const target of targets) target?.session.update(settingsOf(props, defaultServer));
    },
    unmount,
  };
}
