import { useCallback, useEffect, useMemo, useState, type CSSProperties } from "react";
import { DEFAULT_THEME, fetchChatConfig, type ChatConfig } from "../app/boot/config";
import { useLiveConfig } from "../app/boot/useLiveConfig";
import { useParleyClient } from "../app/boot/useClient";
import { errorMessage, t } from "../app/i18n/t";
import { ChatShell } from "../app/shell/ChatShell";
import { useThemeStyle } from "../app/theme/useTheme";
import type { Room } from "../client";
import { matchesFilters, type CommandSource, type EmitHostEvent, type HostCommand, type RoomFilters, type ThemeMode } from "./protocol";
import type { TokenBox } from "./tokenBox";
import { useHostEvents } from "./useHostEvents";

export interface HostedChatProps {
  /** The Parley server's origin (`""`: this page's own). */
  server: string;
  tokens: TokenBox;
  room: string | null;
  mode: "full" | "single";
  theme?: ThemeMode | undefined;
  filters?: RoomFilters | undefined;
  emit: EmitHostEvent;
  commands: CommandSource;
  /** Mounted but not shown (a closed compact widget): stays live, marks nothing read. */
  hidden?: boolean | undefined;
  /** Told the theme's CSS properties once the config is known (a launcher outside the chat follows the theme). */
  onThemeStyle?: ((style: CSSProperties) => void) | undefined;
}

type Phase = { kind: "booting" } | { kind: "waiting" } | { kind: "failed"; message: string } | { kind: "signed-out" };

/**
 * The chat as a host page holds it (iframe embed, widget, micro-frontend): boots from
 * `/chat/config` with the host's token, tells the host what happens (`emit`) and obeys its
 * commands (`open-room`, `set-token`, `set-theme`, `logout`).
 */
export function HostedChat(props: HostedChatProps) {
  const { server, tokens, emit, commands } = props;
  const [config, setConfig] = useState<ChatConfig | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: "booting" });
  const [generation, setGeneration] = useState(0);
  const [signedOut, setSignedOut] = useState(false);
  const [room, setRoom] = useState(props.room);
  const [theme, setTheme] = useState(props.theme);
  const style = useThemeStyle(config?.theme ?? DEFAULT_THEME, theme);

  useEffect(() => emit({ type: "ready" }), [emit]);
  useEffect(() => setRoom(props.room), [props.room]);
  useEffect(() => setTheme(props.theme), [props.theme]);

  useEffect(
    () =>
      commands((command: HostCommand) => {
        switch (command.type) {
          case "open-room":
            setRoom(command.roomId);
            break;
          case "set-theme":
            setTheme(command.theme);
            break;
          case "set-token":
            tokens.put(command.token);
            break;
          case "logout":
            tokens.clear();
            setConfig(null);
            setSignedOut(true);
            setPhase({ kind: "signed-out" });
            setGeneration((g) => g + 1);
            break;
        }
      }),
    [commands, tokens],
  );

  useEffect(() => {
    let live = true;
    const report = (e: unknown) => {
      const message = errorMessage(e);
      const code = (e as { code?: unknown } | null)?.code;
      emit(typeof code === "string" ? { type: "error", message, code } : { type: "error", message });
    };
    const wait = () => {
      if (live) setPhase((p) => (p.kind === "signed-out" ? p : { kind: "waiting" }));
      return tokens.next();
    };
    const boot = async () => {
      let token: string;
      try {
        token = signedOut || !tokens.canTake() ? await wait() : await tokens.take();
      } catch (e) {
        report(e);
        token = await wait();
      }
      while (live) {
        try {
          const c = await fetchChatConfig(server, token);
          if (!live) return;
          setConfig({ ...c, authentication: { ...c.authentication, userToken: c.authentication.userToken || token } });
          setSignedOut(false);
          return;
        } catch (e) {
          if (!live) return;
          if ((e as { status?: number }).status !== 401) {
            report(e);
            setPhase({ kind: "failed", message: errorMessage(e) });
            return;
          }
          token = await wait();
        }
      }
    };
    void boot();
    return () => {
      live = false;
    };
    // signedOut is read at the start of each generation only
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [server, tokens, generation, emit]);

  if (!config) {
    const failed = phase.kind === "failed";
    const label = failed ? phase.message : phase.kind === "booting" ? t("loading") : phase.kind === "signed-out" ? t("signedOut") : t("embedNoToken");
    return (
      <div className="parley-root" style={style}>
        <p className={failed ? "parley-error parley-centered" : "parley-centered"} role={failed ? "alert" : "status"}>
          {label}
        </p>
      </div>
    );
  }
  return <HostedSession {...props} config={config} room={room} theme={theme} />;
}

function HostedSession(props: HostedChatProps & { config: ChatConfig }) {
  const { tokens, emit, filters } = props;
  const held = props.config;
  const getToken = useMemo(() => {
    let first = true;
    return async () => {
      if (first) {
        first = false;
        return held.authentication.userToken;
      }
      // the host's token may be its identity provider's: /chat/config trades it for a Parley token
      const hostToken = await tokens.take();
      try {
        return (await fetchChatConfig(props.server, hostToken)).authentication.userToken || hostToken;
      } catch {
        return hostToken;
      }
    };
  }, [held, tokens, props.server]);
  const authRequired = useCallback(() => emit({ type: "auth-required" }), [emit]);
  const client = useParleyClient(held, getToken, authRequired);
  // An admin's change of grants, role or look reaches an embedded chat as it does the full app.
  const refetch = useCallback(async () => fetchChatConfig(props.server, await client.token()), [client, props.server]);
  const config = useLiveConfig(client, held, refetch);
  const style = useThemeStyle(config.theme, props.theme);
  const { onThemeStyle } = props;
  useEffect(() => onThemeStyle?.(style), [onThemeStyle, style]);
  useHostEvents(client, filters, emit);
  const roomFilter = useMemo(() => (filters ? (r: Room) => matchesFilters(r, filters) : undefined), [filters]);
  const onRoomOpened = useCallback((roomId: string | null) => emit({ type: "room-opened", roomId }), [emit]);
  const single = props.mode === "single" && !!props.room;
  return (
    <ChatShell
      client={client}
      config={config}
      themeStyle={style}
      mode={single ? "single" : "full"}
      roomId={props.room}
      roomFilter={roomFilter}
      onRoomOpened={onRoomOpened}
      hidden={props.hidden}
    />
  );
}
