import { AUTH_CODES, NETWORK_ERROR, ParleyError } from "./problem";
import type { TokenSource } from "./token";
import type {
  Call,
  CallList,
  CallMedia,
  FileList,
  FileObject,
  HistoryPage,
  IceServers,
  Invitation,
  LiveKitToken,
  Member,
  Message,
  MessageFlag,
  Page,
  Problem,
  ReadMark,
  Room,
  RoomRole,
  User,
  UserCard,
} from "./types";

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface CreateRoomInput {
  type: "group" | "channel";
  name: string;
  memberIds?: string[];
  topic?: string;
  avatarUrl?: string;
}

export interface HistoryQuery {
  before?: number;
  after?: number;
  limit?: number;
}

/**
 * The user API over HTTP. Every call carries the current token; a 401 with an auth code asks the
 * token provider for a fresh token and retries once.
 */
export class RestApi {
  constructor(
    private readonly apiUrl: string,
    private readonly tokens: TokenSource,
    private readonly fetchImpl: FetchLike = (input, init) => fetch(input, init),
  ) {}

  me(): Promise<User> {
    return this.call("GET", "/me");
  }

  listRooms(cursor?: string, limit = 100): Promise<Page<Room>> {
    return this.call("GET", `/rooms${query({ limit, cursor })}`);
  }

  /** Every room of the caller, following cursors. */
  async allRooms(): Promise<Room[]> {
    const rooms: Room[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.listRooms(cursor, 200);
      rooms.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return rooms;
  }

  getRoom(roomId: string): Promise<Room> {
    return this.call("GET", `/rooms/${enc(roomId)}`);
  }

  createRoom(input: CreateRoomInput): Promise<Room> {
    return this.call("POST", "/rooms", input);
  }

  openDirect(userId: string): Promise<Room> {
    return this.call("POST", "/rooms/direct", { userId });
  }

  updateRoom(roomId: string, changes: { name?: string; topic?: string; avatarUrl?: string }): Promise<Room> {
    return this.call("PATCH", `/rooms/${enc(roomId)}`, changes);
  }

  deleteRoom(roomId: string): Promise<void> {
    return this.call("DELETE", `/rooms/${enc(roomId)}`);
  }

  /** The directory: active users whose id or name, or a word of either, starts with `search` (at least one character). */
  searchUsers(search: string, limit = 8): Promise<Page<UserCard>> {
    return this.call("GET", `/users${query({ query: search, limit })}`);
  }

  listChannels(search = "", cursor?: string): Promise<Page<Room>> {
    return this.call("GET", `/channels${query({ query: search, cursor })}`);
  }

  listMembers(roomId: string, cursor?: string, limit = 200): Promise<Page<Member>> {
    return this.call("GET", `/rooms/${enc(roomId)}/members${query({ limit, cursor })}`);
  }

  addMembers(roomId: string, userIds: string[]): Promise<{ items: Member[] }> {
    return this.call("POST", `/rooms/${enc(roomId)}/members`, { userIds });
  }

  removeMember(roomId: string, userId: string): Promise<void> {
    return this.call("DELETE", `/rooms/${enc(roomId)}/members/${enc(userId)}`);
  }

  /** Bans the user from the room (they are removed and cannot come back) until lifted. */
  banMember(roomId: string, userId: string, reason?: string): Promise<unknown> {
    return this.call("POST", `/rooms/${enc(roomId)}/bans`, reason ? { userId, reason } : { userId });
  }

  /** Mutes the user in the room: they read, and cannot post. */
  muteMember(roomId: string, userId: string): Promise<unknown> {
    return this.call("POST", `/rooms/${enc(roomId)}/mutes`, { userId });
  }

  /** Sets the room's slow mode: a member sends once per `seconds` (0 turns it off). */
  setSlowMode(roomId: string, seconds: number): Promise<Room> {
    return this.call("PATCH", `/rooms/${enc(roomId)}`, { slowModeSeconds: seconds });
  }

  /** Freezes the room (only its moderators post) or thaws it. */
  freezeRoom(roomId: string, frozen: boolean): Promise<Room> {
    return this.call("PATCH", `/rooms/${enc(roomId)}`, { frozen });
  }

  setRole(roomId: string, userId: string, role: RoomRole): Promise<Member> {
    return this.call("PATCH", `/rooms/${enc(roomId)}/members/${enc(userId)}`, { role });
  }

  /** The caller's pending invitations: received, or with `sent` those they sent. */
  listInvitations(sent = false): Promise<{ items: Invitation[] }> {
    return this.call("GET", `/invitations${sent ? "?sent=true" : ""}`);
  }

  listRoomInvitations(roomId: string): Promise<{ items: Invitation[] }> {
    return this.call("GET", `/rooms/${enc(roomId)}/invitations`);
  }

  acceptInvitation(invitationId: string): Promise<Invitation> {
    return this.call("POST", `/invitations/${enc(invitationId)}/accept`);
  }

  declineInvitation(invitationId: string): Promise<Invitation> {
    return this.call("POST", `/invitations/${enc(invitationId)}/decline`);
  }

  cancelInvitation(invitationId: string): Promise<void> {
    return this.call("DELETE", `/invitations/${enc(invitationId)}`);
  }

  /** Mutes (`muted`) or unmutes the room for the caller; answers the room as the caller now sees it. */
  setMuted(roomId: string, muted: boolean): Promise<Room> {
    return this.call(muted ? "PUT" : "DELETE", `/rooms/${enc(roomId)}/mute`);
  }

  markRead(roomId: string, seq: number): Promise<ReadMark> {
    return this.call("POST", `/rooms/${enc(roomId)}/read`, { seq });
  }

  history(roomId: string, q: HistoryQuery = {}): Promise<HistoryPage> {
    return this.call("GET", `/rooms/${enc(roomId)}/messages${query({ ...q })}`);
  }

  postMessage(roomId: string, text: string, clientId: string, parentId?: string): Promise<Message> {
    return this.call("POST", `/rooms/${enc(roomId)}/messages`, { text, clientId, parentId });
  }

  editMessage(roomId: string, messageId: string, text: string): Promise<Message> {
    return this.call("PATCH", `/rooms/${enc(roomId)}/messages/${enc(messageId)}`, { text });
  }

  /** Fresh links for files (at most 100 ids); files the caller may not see are left out. */
  async files(ids: readonly string[]): Promise<FileObject[]> {
    const page = await this.call<FileList>("GET", `/files?ids=${ids.map(encodeURIComponent).join(",")}`);
    return page.items;
  }

  /** Reports the message to the app's admins (the moderation queue), once per message. */
  flagMessage(roomId: string, messageId: string, reason: string): Promise<MessageFlag> {
    return this.call("POST", `/rooms/${enc(roomId)}/messages/${enc(messageId)}/flags`, { reason });
  }

  deleteMessage(roomId: string, messageId: string): Promise<Message> {
    return this.call("DELETE", `/rooms/${enc(roomId)}/messages/${enc(messageId)}`);
  }

  /** Asks the author (a bot) of a streaming message to stop. */
  stopStream(roomId: string, messageId: string): Promise<void> {
    return this.call("POST", `/rooms/${enc(roomId)}/messages/${enc(messageId)}/stop`);
  }

  addReaction(roomId: string, messageId: string, emoji: string): Promise<Message> {
    return this.call("PUT", `/rooms/${enc(roomId)}/messages/${enc(messageId)}/reactions/${enc(emoji)}`);
  }

  removeReaction(roomId: string, messageId: string, emoji: string): Promise<Message> {
    return this.call("DELETE", `/rooms/${enc(roomId)}/messages/${enc(messageId)}/reactions/${enc(emoji)}`);
  }

  removeMyAvatar(): Promise<User> {
    return this.call("DELETE", "/me/avatar");
  }

  removeRoomAvatar(roomId: string): Promise<Room> {
    return this.call("DELETE", `/rooms/${enc(roomId)}/avatar`);
  }

  logout(): Promise<void> {
    return this.call("POST", "/auth/logout");
  }

  /** Starts a call in the room, or joins its live call; `sessionId` is this connection's session. */
  startCall(roomId: string, media: CallMedia, sessionId?: string): Promise<Call> {
    return this.call("POST", `/rooms/${enc(roomId)}/calls`, { media, sessionId });
  }

  getCall(callId: string): Promise<Call> {
    return this.call("GET", `/calls/${enc(callId)}`);
  }

  acceptCall(callId: string, sessionId?: string): Promise<Call> {
    return this.call("POST", `/calls/${enc(callId)}/accept`, { sessionId });
  }

  rejectCall(callId: string): Promise<Call> {
    return this.call("POST", `/calls/${enc(callId)}/reject`);
  }

  hangupCall(callId: string): Promise<Call> {
    return this.call("POST", `/calls/${enc(callId)}/hangup`);
  }

  iceServers(): Promise<IceServers> {
    return this.call("GET", "/rtc/ice-servers");
  }

  /** The live calls that ring for the user or that the user is in. */
  liveCalls(): Promise<CallList> {
    return this.call("GET", "/calls");
  }

  liveKitToken(callId: string): Promise<LiveKitToken> {
    return this.call("POST", `/calls/${enc(callId)}/livekit-token`);
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const token = await this.tokens.get();
    try {
      return await this.send<T>(method, path, token, body);
    } catch (e) {
      if (e instanceof ParleyError && e.status === 401 && AUTH_CODES.has(e.code)) {
        const fresh = await this.tokens.refresh(token).catch(() => {
          throw e;
        });
        return this.send<T>(method, path, fresh, body);
      }
      throw e;
    }
  }

  private send<T>(method: string, path: string, token: string, body?: unknown): Promise<T> {
    return sendJson<T>(this.fetchImpl, method, this.apiUrl + path, token, body);
  }
}

/** One JSON call with a bearer token: the parsed answer (undefined for 204), or a {@link ParleyError}. */
export async function sendJson<T>(fetchImpl: FetchLike, method: string, url: string, token: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ParleyError({ status: 0, code: NETWORK_ERROR, detail: "the server could not be reached" });
  }
  if (!response.ok) throw new ParleyError(await readProblem(response));
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** Reads a problem+json body, or makes one from the status when the body is not one. */
export async function readProblem(response: Response): Promise<Problem> {
  try {
    const body = (await response.json()) as Partial<Problem>;
    if (typeof body.code === "string") return { ...body, status: response.status, code: body.code };
  } catch {
    // not JSON: fall through
  }
  return { status: response.status, code: response.status >= 500 ? "internal_error" : "http_" + response.status };
}

export function enc(segment: string): string {
  return encodeURIComponent(segment);
}

export function query(params: Record<string, string | number | undefined>): string {
  const parts = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== "")
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  return parts.length ? `?${parts.join("&")}` : "";
}
