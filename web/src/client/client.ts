import { CallControl } from "./calls";
import { Connection, type ConnectionState, type SocketFactory } from "./connection";
import { Emitter } from "./emitter";
import { InvitationBox } from "./invitations";
import { LiveSync } from "./liveSync";
import { MemberDirectory } from "./members";
import { Outbox, newPendingMessage, type PendingMessage } from "./outbox";
import { Presence } from "./presence";
import { ParleyError } from "./problem";
import { ReadMarks } from "./readMarks";
import { ReadyProbe } from "./readyProbe";
import { RestApi, type FetchLike } from "./rest";
import { RoomEvents } from "./roomEvents";
import { RoomDirectory } from "./rooms";
import { Sender } from "./sender";
import { SyncRequests } from "./syncRequests";
import type { TimelineSnapshot } from "./timeline";
import { History } from "./history";
import { TokenSource, type TokenProvider } from "./token";
import { StreamText } from "./streams";
import { TypingTracker } from "./typing";
import type { ClientFrame, FileObject, Message, ReadMark, Room, ServerEvent, User } from "./types";
import { Uploads, type UploadOptions, type VoiceOptions, type XhrFactory } from "./uploads";
import { FileLinks } from "./fileLinks";

export interface ClientOptions {
  /** e.g. `https://chat.example/v1` */
  apiUrl: string;
  /** e.g. `wss://chat.example/v1/ws` */
  wsUrl: string;
  /** Called at start and again whenever the server rejects the token. */
  getToken: TokenProvider;
  /** The signed-in user's id (from `/chat/config`); read from `ready` otherwise. */
  userId?: string;
  socketFactory?: SocketFactory;
  fetch?: FetchLike;
  /** Makes the XMLHttpRequests of uploads (tests pass a fake). */
  xhr?: XhrFactory;
  random?: () => number;
  pageSize?: number;
  pingIntervalMs?: number;
  pongTimeoutMs?: number;
  readyTimeoutMs?: number;
  /**
   * While reconnecting, probe the server's `GET /ready` (this URL, e.g.
   * `https://chat.example/ready`) about once a second and reconnect as soon as it answers;
   * without it the client waits out its backoff (1 s, 2 s, 4 s … 30 s).
   */
  readyUrl?: string;
}

/** Events the client emits after de-duplication and after its own state is updated. */
export interface ClientEvents extends Record<string, unknown> {
  "message.new": Message;
  "message.updated": Message;
  "message.deleted": Message;
  event: ServerEvent;
  state: ConnectionState;
  /** Something the UI shows changed (rooms, a timeline, the outbox, typing, presence, members). */
  change: void;
  /** The token provider could not give a token the server accepts. */
  "auth-required": void;
  /** A send was refused by the server. */
  "send-failed": PendingMessage;
}

const DEFAULT_PAGE = 50;

/**
 * The Parley client: REST + WebSocket, live rooms with unread counts, per-room timelines with
 * history paging, an offline outbox with idempotent retries, and loss-free resync.
 */
export class ParleyClient {
  readonly rest: RestApi;
  readonly uploads: Uploads;
  /** Fresh signed links for files shown on a page open longer than the links live. */
  readonly fileLinks: FileLinks;
  readonly members: MemberDirectory;
  /** Invitations to group rooms (servers with explicit joins); empty otherwise. */
  readonly invitations: InvitationBox;
  /** Calls: what rings, the call this session is in, and the call actions and signals. */
  readonly calls: CallControl;
  private readonly tokens: TokenSource;
  private readonly connection: Connection;
  private readonly emitter = new Emitter<ClientEvents>();
  private readonly rooms: RoomDirectory;
  private readonly history: History;
  private readonly outbox = new Outbox();
  private readonly typingTracker: TypingTracker;
  private readonly presence = new Presence();
  private readonly readMarks = new ReadMarks();
  private readonly roomEvents: RoomEvents;
  private readonly sender: Sender;
  private readonly syncs: SyncRequests;
  private readonly live: LiveSync;
  private readonly pageSize: number;
  private readonly origin: string;
  private me: string;
  private session = "";
  private notifyScheduled = false;

  constructor(options: ClientOptions) {
    this.me = options.userId ?? "";
    this.pageSize = options.pageSize ?? DEFAULT_PAGE;
    this.tokens = new TokenSource(options.getToken);
    this.rest = new RestApi(options.apiUrl, this.tokens, options.fetch);
    this.uploads = new Uploads(options.apiUrl, this.tokens, options.xhr);
    this.fileLinks = new FileLinks((ids) => this.rest.files(ids));
    this.origin = originOf(options.apiUrl);
    this.rooms = new RoomDirectory(() => this.me);
    this.members = new MemberDirectory(this.rest, () => this.changed());
    this.invitations = new InvitationBox(this.rest, () => this.me, () => this.changed());
    this.typingTracker = new TypingTracker(() => this.changed());
    this.outbox.onChange(() => this.changed());
    const socketFactory: SocketFactory =
      options.socketFactory ?? ((url) => new WebSocket(url) as unknown as ReturnType<SocketFactory>);
    this.connection = new Connection(
      {
        wsUrl: options.wsUrl,
        tokens: this.tokens,
        socketFactory,
        random: options.random ?? Math.random,
        pingIntervalMs: options.pingIntervalMs ?? 25_000,
        pongTimeoutMs: options.pongTimeoutMs ?? 10_000,
        readyTimeoutMs: options.readyTimeoutMs ?? 15_000,
        probe: options.readyUrl
          ? new ReadyProbe(options.readyUrl, options.fetch ?? ((input, init) => fetch(input, init)), options.random ?? Math.random)
          : undefined,
      },
      {
        onReady: (frame) => {
          this.session = frame.sessionId;
          if (!this.me) this.me = frame.userId;
          this.live.ready();
        },
        onFrame: (frame) => this.live.receive(frame),
        onDrop: () => this.live.dropped(),
        onState: (state) => {
          if (state === "unauthorized") this.emitter.emit("auth-required", undefined);
          this.emitter.emit("state", state);
          this.changed();
        },
      },
    );
    const sendFrame = (frame: ClientFrame) => this.connection.send(frame);
    this.sender = new Sender(this.outbox, sendFrame);
    this.calls = new CallControl({
      rest: this.rest,
      send: sendFrame,
      me: () => this.me,
      sessionId: () => this.session,
      changed: () => this.changed(),
    });
    this.syncs = new SyncRequests(sendFrame);
    this.history = new History({
      rest: this.rest,
      rooms: this.rooms,
      pageSize: this.pageSize,
      applyNew: (m) => this.roomEvents.applyNew(m),
      refreshRoom: (id) => this.refreshRoom(id),
      changed: () => this.changed(),
    });
    this.roomEvents = new RoomEvents({
      rooms: this.rooms,
      history: this.history,
      members: this.members,
      outbox: this.outbox,
      typing: this.typingTracker,
      readMarks: this.readMarks,
      streams: new StreamText(),
      reloadMessage: (roomId, seq) => this.live.reloadMessage(roomId, seq),
      me: () => this.me,
      emitMessage: (type, message) => this.emitter.emit(type, message),
      refreshRoom: (id) => this.refreshRoom(id),
      forgetRoom: (id) => this.forgetRoom(id),
      changed: () => this.changed(),
    });
    this.live = new LiveSync({
      rooms: this.rooms,
      history: this.history,
      roomEvents: this.roomEvents,
      sender: this.sender,
      syncs: this.syncs,
      presence: this.presence,
      typing: this.typingTracker,
      calls: this.calls,
      invitations: this.invitations,
      rest: this.rest,
      emitter: this.emitter,
      isOnline: () => this.connection.getState() === "online",
      markOnline: () => this.connection.markOnline(),
      applyUser: (user) => this.applyUser(user),
      reloadRooms: () => this.reloadRooms(),
      forgetRoom: (id) => this.forgetRoom(id),
      changed: () => this.changed(),
    });
  }

  // ---- lifecycle -------------------------------------------------------------------------

  /** Loads the room list, then opens the live connection. */
  async start(): Promise<void> {
    this.rooms.replaceAll(await this.rest.allRooms());
    this.changed();
    this.connection.start();
  }

  stop(): void {
    this.connection.stop();
    this.typingTracker.clear();
  }

  /** Reconnect at once if waiting to (e.g. on the browser's `online` event). */
  reconnectNow(): void {
    this.connection.reconnectNow();
  }

  get userId(): string {
    return this.me;
  }

  /** This connection's session id (from `ready`; a new one after each reconnect). */
  get sessionId(): string {
    return this.session;
  }

  /** The user token the client uses now (asks the token provider when it holds none). */
  token(): Promise<string> {
    return this.tokens.get();
  }

  getState(): ConnectionState {
    return this.connection.getState();
  }

  on<K extends keyof ClientEvents>(type: K, handler: (payload: ClientEvents[K]) => void): () => void {
    return this.emitter.on(type, handler);
  }

  /** For React's useSyncExternalStore: called (batched in a microtask) after any change. */
  subscribe(listener: () => void): () => void {
    return this.emitter.on("change", listener);
  }

  // ---- reading state ---------------------------------------------------------------------

  getRooms(): Room[] {
    return this.rooms.sorted();
  }

  getRoom(roomId: string): Room | undefined {
    return this.rooms.get(roomId);
  }

  totalUnread(): number {
    return this.rooms.totalUnread();
  }

  getTimeline(roomId: string): TimelineSnapshot {
    return this.history.timeline(roomId).getSnapshot();
  }

  getPending(roomId: string): readonly PendingMessage[] {
    return this.outbox.forRoom(roomId);
  }

  getTyping(roomId: string): readonly string[] {
    return this.typingTracker.usersIn(roomId);
  }

  isOnline(userId: string): boolean {
    return this.presence.isOnline(userId);
  }

  /** Changes whenever someone's presence changes (for memoised views). */
  getPresenceVersion(): number {
    return this.presence.version;
  }

  /** The highest read mark of other members of a room (for "Seen" in direct rooms). */
  othersReadSeq(roomId: string): number {
    return this.readMarks.highestOfOthers(roomId, this.me);
  }

  // ---- history ---------------------------------------------------------------------------

  /** Loads the latest page of a room (later calls refresh it). */
  loadLatest(roomId: string): Promise<void> {
    return this.history.loadLatest(roomId);
  }

  /** Loads the page just before the oldest loaded message. Resolves false when there is none. */
  loadOlder(roomId: string): Promise<boolean> {
    return this.history.loadOlder(roomId);
  }

  // ---- sending ---------------------------------------------------------------------------

  /**
   * Queues a message; it goes now if connected, else as soon as the connection is back. `text`
   * may be empty when it carries `attachments` (uploads from {@link upload}).
   */
  send(roomId: string, text: string, options: { parentId?: string; attachments?: readonly FileObject[] } = {}): PendingMessage {
    const pending = newPendingMessage(roomId, text, options.parentId, options.attachments);
    this.outbox.add(pending);
    if (this.connection.getState() === "online") this.sender.transmit(pending);
    return pending;
  }

  // ---- files and avatars ------------------------------------------------------------------

  /** Uploads a file to a room (progress and cancel through `options`); send it with {@link send}. */
  upload(roomId: string, file: Blob, options: UploadOptions = {}): Promise<FileObject> {
    return this.uploads.file(roomId, file, options);
  }

  /** Uploads a recorded voice message of `durationSeconds`; send it with {@link send}. */
  uploadVoice(roomId: string, recording: Blob, durationSeconds: number, options: VoiceOptions = {}): Promise<FileObject> {
    return this.uploads.voice(roomId, recording, durationSeconds, options);
  }

  /** Sets (an image) or, with null, removes the signed-in user's avatar. */
  async setMyAvatar(image: Blob | null, options: UploadOptions = {}): Promise<User> {
    const user = image ? await this.uploads.myAvatar(image, options) : await this.rest.removeMyAvatar();
    this.applyUser(user);
    return user;
  }

  /** Sets (an image) or, with null, removes a room's avatar (owners and moderators). */
  async setRoomAvatar(roomId: string, image: Blob | null, options: UploadOptions = {}): Promise<Room> {
    const room = image ? await this.uploads.roomAvatar(roomId, image, options) : await this.rest.removeRoomAvatar(roomId);
    this.rooms.put(room);
    this.changed();
    return room;
  }

  /**
   * A link the server gave (avatars, files) as the browser must fetch it: links relative to the
   * server's root are made absolute against the API's origin (the widget runs on another origin).
   */
  resolveUrl(url: string | undefined): string | undefined {
    if (!url) return undefined;
    if (/^https?:\/\//i.test(url)) return url;
    if (url.startsWith("/") && !url.startsWith("//")) return this.origin + url;
    return undefined;
  }

  /** Sends a failed message again, with its original clientId. */
  retry(clientId: string): void {
    const pending = this.outbox.get(clientId);
    if (!pending) return;
    this.outbox.setStatus(clientId, "sending");
    if (this.connection.getState() === "online") this.sender.transmit(this.outbox.get(clientId)!);
  }

  /** Drops a pending message the user gave up on. */
  discard(clientId: string): void {
    this.outbox.resolve(clientId);
  }

  async edit(roomId: string, messageId: string, text: string): Promise<void> {
    this.roomEvents.applyMessage(await this.rest.editMessage(roomId, messageId, text), "message.updated");
  }

  async delete(roomId: string, messageId: string): Promise<void> {
    this.roomEvents.applyMessage(await this.rest.deleteMessage(roomId, messageId), "message.deleted");
  }

  /** Adds (`on`) or removes the caller's reaction. */
  async react(roomId: string, messageId: string, emoji: string, on: boolean): Promise<void> {
    const message = on
      ? await this.rest.addReaction(roomId, messageId, emoji)
      : await this.rest.removeReaction(roomId, messageId, emoji);
    this.roomEvents.applyMessage(message, "message.updated");
  }

  /** Moves the caller's read mark (never backwards) and updates the unread count. */
  async markRead(roomId: string, seq: number): Promise<ReadMark | undefined> {
    const room = this.rooms.get(roomId);
    if (!room || !room.role || seq <= room.lastReadSeq) return undefined;
    this.rooms.applyRead(roomId, this.me, seq);
    this.changed();
    const mark = await this.rest.markRead(roomId, seq);
    this.rooms.applyRead(roomId, this.me, mark.lastReadSeq);
    this.changed();
    return mark;
  }

  /** Asks the author (a bot) of a streaming reply to stop; the bot ends it. */
  async stopStream(roomId: string, messageId: string): Promise<void> {
    await this.rest.stopStream(roomId, messageId);
  }

  /** Mutes or unmutes a room for this user on every device (the room list's `muted`). */
  async setMuted(roomId: string, muted: boolean): Promise<void> {
    this.rooms.put(await this.rest.setMuted(roomId, muted));
    this.changed();
  }

  /** Tells the room this user is typing (the server relays at most one per 2 s). */
  sendTyping(roomId: string): void {
    this.connection.send({ type: "typing", roomId });
  }

  /** Adds or refreshes a room the app just created or opened over REST. */
  addRoom(room: Room): void {
    this.rooms.put(room);
    this.changed();
  }

  async refreshRoom(roomId: string): Promise<void> {
    try {
      this.rooms.put(await this.rest.getRoom(roomId));
    } catch (e) {
      if (e instanceof ParleyError && (e.code === "room_not_found" || e.status === 403)) this.forgetRoom(roomId);
      else throw e;
    }
    this.changed();
  }

  /** Fetches every room again (their `ownCapabilities` after a grants change), keeping what is live. */
  async reloadRooms(): Promise<void> {
    for (const room of await this.rest.allRooms()) this.rooms.put(room);
    this.changed();
  }

  // ---- helpers ---------------------------------------------------------------------------

  /** A user's name or avatar changed: the member cards and the direct rooms with them show it. */
  private applyUser(user: { id: string; name: string; avatarUrl?: string }): void {
    this.members.remember({ id: user.id, name: user.name, ...(user.avatarUrl ? { avatarUrl: user.avatarUrl } : {}) });
    this.rooms.applyPeer({ id: user.id, name: user.name, ...(user.avatarUrl ? { avatarUrl: user.avatarUrl } : {}) });
    this.changed();
  }

  private forgetRoom(roomId: string): void {
    this.rooms.remove(roomId);
    this.history.forget(roomId);
    this.readMarks.forget(roomId);
  }

  /** Batches change notifications into one per microtask. */
  private changed(): void {
    if (this.notifyScheduled) return;
    this.notifyScheduled = true;
    queueMicrotask(() => {
      this.notifyScheduled = false;
      this.emitter.emit("change", undefined);
    });
  }
}

function originOf(apiUrl: string): string {
  const match = /^(https?:\/\/[^/]+)/i.exec(apiUrl);
  if (match) return match[1]!;
  return typeof location !== "undefined" ? location.origin : "";
}
