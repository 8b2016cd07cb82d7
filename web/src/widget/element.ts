import { listenForCommandEvents } from "../host/hostBus";
import { isThemeMode, type HostCommand, type ThemeMode } from "../host/protocol";
import { shadowMountPoint } from "./shadow";
import { WidgetSession, type WidgetSettings } from "./session";

const ATTRIBUTES = ["server", "token", "token-endpoint", "room", "theme", "mode"] as const;

/**
 * `<parley-chat server token|token-endpoint room theme mode>`: emits `parley:*` DOM events
 * (bubbling, composed) and takes commands as methods or `parley:command` events.
 */
export function defineParleyChat(defaultServer: () => string): void {
  if (typeof customElements === "undefined" || customElements.get("parley-chat")) return;

  class ParleyChatElement extends HTMLElement {
    static observedAttributes = [...ATTRIBUTES];
    private session: WidgetSession | null = null;
    private stopListening: (() => void) | null = null;
    private scheduled = false;

    connectedCallback(): void {
      if (!this.session) {
        this.session = new WidgetSession(shadowMountPoint(this), this, this.settings());
        this.stopListening = listenForCommandEvents(this, this.session.commands);
      }
    }

    disconnectedCallback(): void {
      // React cannot unmount synchronously during a render: defer, and keep the element reusable
      const session = this.session;
      const stop = this.stopListening;
      this.session = null;
      this.stopListening = null;
      queueMicrotask(() => {
        stop?.();
        session?.close();
      });
    }

    attributeChangedCallback(): void {
      if (!this.session || this.scheduled) return;
      this.scheduled = true;
      queueMicrotask(() => {
        this.scheduled = false;
        this.session?.update(this.settings());
      });
    }

    /** Gives a command: `{type: "open-room", roomId}`, `set-token`, `set-theme`, `logout`. */
    command(command: HostCommand): void {
      this.session?.commands.send(command);
    }

    openRoom(roomId: string): void {
      this.command({ type: "open-room", roomId });
    }

    setToken(token: string): void {
      this.command({ type: "set-token", token });
    }

    setTheme(theme: ThemeMode): void {
      this.command({ type: "set-theme", theme });
    }

    logout(): void {
      this.command({ type: "logout" });
    }

    private settings(): WidgetSettings {
      const theme = this.getAttribute("theme");
      const mode = this.getAttribute("mode");
      return {
        server: this.getAttribute("server") ?? defaultServer(),
        token: this.getAttribute("token"),
        tokenEndpoint: this.getAttribute("token-endpoint"),
        room: this.getAttribute("room"),
        theme: isThemeMode(theme) ? theme : undefined,
        mode: mode === "single" || mode === "compact" ? mode : "full",
      };
    }
  }

  customElements.define("parley-chat", ParleyChatElement);
}
