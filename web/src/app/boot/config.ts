import { readProblem } from "../../client";
import { ParleyError } from "../../client/problem";

/** Colors of one theme mode; keys map to `--parley-<kebab-case>`. */
export interface ThemeColors {
  primary: string;
  primaryContrast: string;
  background: string;
  surface: string;
  text: string;
  muted: string;
  border: string;
  danger: string;
  ownBubble: string;
  otherBubble: string;
}

export interface ThemeConfig {
  mode: "light" | "dark" | "auto";
  appName: string;
  logoUrl: string | null;
  radius: string;
  fontFamily: string;
  fontSize: string;
  density: "comfortable" | "compact";
  light: ThemeColors;
  dark: ThemeColors;
}

export interface Features {
  reactions: boolean;
  replies: boolean;
  typing: boolean;
  presence: boolean;
  readReceipts: boolean;
  markdown: boolean;
  directChats: boolean;
  groups: boolean;
  channels: boolean;
}

export interface Permissions {
  sendMessages: boolean;
  editOwnMessages: boolean;
  deleteOwnMessages: boolean;
  deleteAnyMessage: boolean;
  createGroups: boolean;
  createChannels: boolean;
  createDirectRooms: boolean;
  manageMembers: boolean;
  react: boolean;
  /** `@all` / `@here` mention everyone anywhere (the app role's `mention-all` grant; see each room's `ownCapabilities`). */
  mentionAll: boolean;
  /** Whether the user directory answers (the `search-users` grant, and `users.directory` is not `none`). */
  searchUsers: boolean;
  /** Browse the channel directory and join channels (the `join-channel` grant). */
  joinChannels: boolean;
  /** Rename rooms and change their topic — as a room role grants it; see each room's `ownCapabilities`. */
  updateRoom: boolean;
}

/** The server's upload limits (`files` of the boot config). */
export interface FileLimits {
  maxBytes: number;
  avatarMaxBytes: number;
  voiceMaxBytes: number;
  voiceMaxSeconds: number;
  /** How long a signed file link works; shown files renew theirs before then. */
  linkLifetimeSeconds: number;
}

/** `GET /chat/config?clientType=web` (notes/ui-contract.md). */
export interface ChatConfig {
  authentication: { userId: string; userToken: string; apiKey?: string };
  user: { id: string; name: string; avatarUrl?: string | null; role: string };
  theme: ThemeConfig;
  features: Features;
  permissions: Permissions;
  endpoints: { api: string; ws: string };
  files: FileLimits;
}

/**
 * Loads the boot configuration from `server` (an origin, "" for this one) with `token`.
 * Missing sections fall back to defaults so an older server still boots the UI.
 */
export async function fetchChatConfig(server: string, token: string | null): Promise<ChatConfig> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (token) headers.Authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(`${server}/chat/config?clientType=web`, { headers, credentials: server ? "omit" : "same-origin" });
  } catch {
    throw new ParleyError({ status: 0, code: "network_error" });
  }
  if (response.status === 404 && token) return configFromMe(server, token);
  if (!response.ok) throw new ParleyError(await readProblem(response));
  return withDefaults((await response.json()) as Partial<ChatConfig>, server, token);
}

/**
 * A server without `/chat/config` (one older than the web UI): boot with default theme,
 * features and permissions, and the user from `GET /v1/me`.
 */
async function configFromMe(server: string, token: string): Promise<ChatConfig> {
  const response = await fetch(`${server}/v1/me`, { headers: { Accept: "application/json", Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new ParleyError(await readProblem(response));
  const me = (await response.json()) as { id: string; name: string; avatarUrl?: string; role: string };
  return withDefaults(
    { user: me, authentication: { userId: me.id, userToken: token }, permissions: { deleteAnyMessage: me.role === "admin" } as Permissions },
    server,
    token,
  );
}

export function withDefaults(raw: Partial<ChatConfig>, server: string, token: string | null): ChatConfig {
  const origin = server || location.origin;
  return {
    authentication: raw.authentication ?? { userId: raw.user?.id ?? "", userToken: token ?? "" },
    user: raw.user ?? { id: raw.authentication?.userId ?? "", name: raw.authentication?.userId ?? "", role: "user" },
    theme: mergeTheme(raw.theme),
    features: { ...DEFAULT_FEATURES, ...raw.features },
    permissions: { ...DEFAULT_PERMISSIONS, ...raw.permissions },
    files: { ...DEFAULT_FILE_LIMITS, ...raw.files },
    endpoints: raw.endpoints ?? { api: `${origin}/v1`, ws: `${origin.replace(/^http/, "ws")}/v1/ws` },
  };
}

const MIB = 1024 * 1024;

/** The server's default limits, for a server older than the `files` section. */
export const DEFAULT_FILE_LIMITS: FileLimits = {
  maxBytes: 25 * MIB,
  avatarMaxBytes: 4 * MIB,
  voiceMaxBytes: 10 * MIB,
  voiceMaxSeconds: 600,
  linkLifetimeSeconds: 3600,
};

/** The server's default palettes (ChatSection.PALETTES): the sign-in page and an older server use them. */
/** A theme from the server over the defaults (a missing key or color keeps its default). */
export function mergeTheme(raw: Partial<ThemeConfig> | undefined): ThemeConfig {
  return { ...DEFAULT_THEME, ...raw, light: { ...LIGHT, ...raw?.light }, dark: { ...DARK, ...raw?.dark } };
}

export const LIGHT: ThemeColors = {
  primary: "#4f46e5",
  primaryContrast: "#ffffff",
  background: "#ffffff",
  surface: "#f4f5f7",
  text: "#1f2328",
  muted: "#5b6270",
  border: "#d9dce1",
  danger: "#c62828",
  ownBubble: "#e0e7ff",
  otherBubble: "#f1f3f5",
};

export const DARK: ThemeColors = {
  primary: "#818cf8",
  primaryContrast: "#0b0d12",
  background: "#0f1115",
  surface: "#181b21",
  text: "#e6e8eb",
  muted: "#9aa3af",
  border: "#2c313a",
  danger: "#f87171",
  ownBubble: "#2e2a78",
  otherBubble: "#1f232b",
};

export const DEFAULT_THEME: ThemeConfig = {
  mode: "auto",
  appName: "Parley",
  logoUrl: null,
  radius: "10px",
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  fontSize: "15px",
  density: "comfortable",
  light: LIGHT,
  dark: DARK,
};

const DEFAULT_FEATURES: Features = {
  reactions: true,
  replies: true,
  typing: true,
  presence: true,
  readReceipts: true,
  markdown: true,
  directChats: true,
  groups: true,
  channels: true,
};

const DEFAULT_PERMISSIONS: Permissions = {
  sendMessages: true,
  editOwnMessages: true,
  deleteOwnMessages: true,
  deleteAnyMessage: false,
  createGroups: true,
  createChannels: true,
  createDirectRooms: true,
  manageMembers: true,
  react: true,
  mentionAll: false,
  searchUsers: true,
  joinChannels: true,
  updateRoom: false,
};
