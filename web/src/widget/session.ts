import { createElement } from "react";
import { createRoot, type Root } from "react-dom/client";
import { CommandHub, domEmitter } from "../host/hostBus";
import type { HostEvent, RoomFilters, ThemeMode } from "../host/protocol";
import { TokenBox, tokenFromEndpoint } from "../host/tokenBox";
import { WidgetApp, type WidgetMode } from "./WidgetApp";

/** What a host sets on one widget (attributes of `<parley-chat>`, or mount props). */
export interface WidgetSettings {
  server: string;
  token?: string | null | undefined;
  tokenEndpoint?: string | null | undefined;
  /** The host's own token provider (micro-frontend mount props). */
  getToken?: (() => Promise<string> | string) | undefined;
  room?: string | null | undefined;
  theme?: ThemeMode | undefined;
  mode: WidgetMode;
  filters?: RoomFilters | undefined;
}

/**
 * One widget on the page: a React root in `mountPoint`, the tokens it holds, and the host's
 * commands. Events go out as DOM events on `eventTarget` (and to `onEvent`).
 */
export class WidgetSession {
  readonly commands = new CommandHub();
  private readonly root: Root;
  private readonly tokens: TokenBox;
  private readonly emit: (event: HostEvent) => void;
  private settings: WidgetSettings;

  constructor(
    private readonly mountPoint: HTMLElement,
    eventTarget: EventTarget,
    settings: WidgetSettings,
    onEvent?: (event: HostEvent) => void,
  ) {
    this.settings = settings;
    this.emit = domEmitter(eventTarget, onEvent);
    this.tokens = new TokenBox(null, () => this.emit({ type: "auth-required" }));
    this.root = createRoot(mountPoint);
    this.update(settings);
  }

  /** New settings: a changed token is handed over, the rest re-renders. */
  update(settings: WidgetSettings): void {
    const previous = this.settings;
    this.settings = settings;
    this.tokens.provider = providerFor(settings);
    if (settings.token && settings.token !== previous.token) this.commands.send({ type: "set-token", token: settings.token });
    this.root.render(
      createElement(WidgetApp, {
        server: settings.server,
        tokens: this.tokens,
        room: settings.room ?? null,
        theme: settings.theme,
        mode: settings.mode,
        filters: settings.filters,
        emit: this.emit,
        commands: this.commands.source,
      }),
    );
  }

  /** Stops the chat (its socket closes with the client) and removes what it drew. */
  close(): void {
    this.root.unmount();
    this.mountPoint.remove();
  }
}

function providerFor(settings: WidgetSettings): (() => Promise<string>) | null {
  const { tokenEndpoint, getToken, token } = settings;
  if (getToken) return async () => getToken();
  if (tokenEndpoint) return () => tokenFromEndpoint(tokenEndpoint);
  if (token) return () => Promise.resolve(token);
  return null;
}
