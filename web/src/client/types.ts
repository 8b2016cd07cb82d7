/**
 * Wire types of the Parley API (docs/api.md, docs/ws-protocol.md). Fields the server omits when null are optional.
 * The source of truth is the server's protocol module (dev.parley.protocol): TypeScriptContractTest fails when an
 * interface here and the record of the same name differ in a field's name or JSON type.
 */

export type RoomType = "direct" | "group" | "channel";
export type RoomRole = "owner" | "moderator" | "member";
export type AppRole = "user" | "admin" | "bot" | "guest";
export type InvitationStatus = "pending" | "accepted" | "declined" | "cancelled";

export interface UserCard {
  id: string;
  name: string;
  avatarUrl?: string;
  /** True for a bot (app role `bot`); omitted for everyone else. */
  bot?: boolean;
}

export interface User {
  id: string;
  name: string;
  avatarUrl?: string;
  role: AppRole;
  active: boolean;
  data?: unknown;
  createdAt: string;
  updatedAt: string;
}

export type FileKind = "image" | "audio" | "video" | "voice" | "file";

/**
 * An uploaded file (`POST /v1/rooms/{roomId}/files` or `/voice`). The links are signed, work
 * without credentials (so `<img src>` works) and expire; a fresh copy of the message or file
 * carries fresh ones.
 */
export interface FileObject {
  id: string;
  roomId: string;
  name: string;
  size: number;
  mimeType: string;
  kind: FileKind;
  width?: number;
  height?: number;
  durationMs?: number;
  url: string;
  thumbnailUrl?: string;
  previewUrl?: string;
  createdAt: string;
}

/** `GET /v1/files?ids=…`: the named files the caller may see, with fresh links. */
export interface FileList {
  items: FileObject[];
}

/**
 * A file attached to a message. A send names an upload by `fileId` or references a file by
 * `url`; a stored message carries an upload as a file object (`id`, `kind`, … with signed links).
 */
export interface Attachment {
  type?: string;
  url?: string;
  name?: string;
  mimeType?: string;
  size?: number;
  fileId?: string;
  id?: string;
  roomId?: string;
  kind?: FileKind;
  width?: number;
  height?: number;
  durationMs?: number;
  thumbnailUrl?: string;
  previewUrl?: string;
  createdAt?: string;
}

export interface Reaction {
  emoji: string;
  count: number;
  userIds: string[];
}

export interface Message {
  id: string;
  roomId: string;
  seq: number;
  userId: string;
  text: string;
  parentId?: string;
  attachments: Attachment[];
  clientId?: string;
  createdAt: string;
  editedAt?: string;
  deletedAt?: string;
  reactions?: Reaction[];
  /** Streamed replies only: true while the author (a bot) streams the text, false once it ended. */
  streaming?: boolean;
  /** The user ids of the members the text mentions (`@name` / `@userId`); absent when none. */
  mentions?: string[];
  /** `@all` / `@here`: every member is mentioned; absent when not. */
  mentionsAll?: boolean;
  /** "call" for the message a call leaves in its room; absent for messages people write. */
  kind?: "call";
  call?: CallNote;
}

export type CallMedia = "audio" | "video";
export type CallMode = "mesh" | "livekit";
export type CallState = "ringing" | "active" | "ended";
export type CallOutcome = "answered" | "rejected" | "missed" | "busy" | "cancelled";
export type ParticipantState = "ringing" | "joined" | "left" | "rejected" | "missed" | "busy";
export type CallSignalKind = "offer" | "answer" | "candidate";

/** What a call left in its room's history. */
export interface CallNote {
  id: string;
  outcome: CallOutcome;
  durationMs?: number;
}

export interface CallParticipant {
  userId: string;
  state: ParticipantState;
  /** The session (device) the participant joined on: signals for them go there. */
  sessionId?: string;
  joinedAt?: string;
}

export interface Call {
  id: string;
  roomId: string;
  initiatorId: string;
  media: CallMedia;
  mode: CallMode;
  state: CallState;
  outcome?: CallOutcome;
  participants: CallParticipant[];
  createdAt: string;
  startedAt?: string;
  endedAt?: string;
  ringUntil: string;
}

/** `GET /v1/rtc/ice-servers`. */
export interface IceServer {
  urls: string[];
  username?: string;
  credential?: string;
}
export interface IceServers {
  iceServers: IceServer[];
  ttlSeconds: number;
}

/** `GET /v1/calls`: the live calls that ring for the user or that the user is in. */
export interface CallList {
  items: Call[];
}
/** `POST /v1/calls/{callId}/livekit-token`. */
export interface LiveKitToken {
  token: string;
  url: string;
}

export interface Room {
  id: string;
  type: RoomType;
  name?: string;
  topic?: string;
  avatarUrl?: string;
  data?: unknown;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  lastActivityAt: string;
  lastSeq: number;
  memberCount: number;
  role?: RoomRole;
  lastReadSeq: number;
  unreadCount: number;
  lastMessage?: Message;
  /** Direct rooms in REST answers: the other member (a direct room has no name of its own). */
  peer?: UserCard;
  /** The number of the room's newest change other than a new message: with lastSeq, its position for `sync`. */
  lastChange: number;
  /** REST answers: the grants the caller holds in this room (`send-message`, `delete-any-message`, …). */
  ownCapabilities?: string[];
  /** Messages above the read mark that mention the caller (by name or `@all`); absent in events. */
  mentionCount?: number;
  /** The caller muted the room: it does not notify them; absent in events. */
  muted?: boolean;
  /** The room is frozen: only those holding `freeze-room` post; absent when it is not. */
  frozen?: boolean;
  /** REST answers: a moderator muted the caller here (they read, they do not post); absent otherwise. */
  mutedByModerator?: boolean;
  /** When that mute ends by itself; absent when it lasts until lifted. */
  mutedByModeratorUntil?: string;
  /** Present when the room is in slow mode: a member posts once per that many seconds. */
  slowModeSeconds?: number;
}

export interface Member {
  userId: string;
  role: RoomRole;
  lastReadSeq: number;
  joinedAt: string;
  user?: UserCard;
  /** The member left this direct room: out of their room list until its next message. */
  hidden: boolean;
}

/** An invitation to a group room (the server runs with explicit joins); `answeredAt` is absent while pending. */
export interface Invitation {
  id: string;
  roomId: string;
  /** Absent once the room was deleted. */
  roomName?: string;
  inviterId: string;
  inviteeId: string;
  status: InvitationStatus;
  createdAt: string;
  answeredAt?: string;
}

export interface ReadMark {
  roomId: string;
  userId: string;
  lastReadSeq: number;
  lastSeq: number;
  unreadCount: number;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface HistoryPage {
  items: Message[];
  hasMore: boolean;
}

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code: string;
}

/** Events the server pushes over the WebSocket. */
interface RoomEventBase {
  roomId: string;
  lastSeq: number;
}
export interface MessageEvent extends RoomEventBase {
  type: "message.new" | "message.updated" | "message.deleted";
  seq: number;
  message: Message;
  /** The room's change number of an edit or a deletion (a new message's place is its seq). */
  change?: number;
}
/** Text the author appended to a streaming message; `append` goes at `offset` (UTF-16 units) of its text. */
export interface MessageDeltaEvent extends RoomEventBase {
  type: "message.delta";
  messageId: string;
  seq: number;
  offset: number;
  append: string;
}
/** A member asked the author (a bot) of a streaming message to stop. */
export interface StopRequestedEvent extends RoomEventBase {
  type: "message.stop_requested";
  messageId: string;
  seq: number;
  authorId: string;
  userId: string;
}
export interface ReactionEvent extends RoomEventBase {
  type: "reaction.added" | "reaction.removed";
  messageId: string;
  userId: string;
  emoji: string;
  reactions: Reaction[];
  change: number;
}
export interface RoomChangedEvent extends RoomEventBase {
  type: "room.created" | "room.updated";
  room: Partial<Room> & { id: string };
  change: number;
  /** room.created: who is in the room (a direct room's peer is the one who is not you). */
  members?: Member[];
}
export interface RoomDeletedEvent extends RoomEventBase {
  type: "room.deleted";
}
export interface MemberChangedEvent extends RoomEventBase {
  type: "member.added" | "member.updated";
  member: Member;
  /** member.added: the room as the new member sees it, for their own sessions. */
  room?: Partial<Room> & { id: string };
  change: number;
}
export interface MemberRemovedEvent extends RoomEventBase {
  type: "member.removed";
  userId: string;
  change: number;
}
export interface ReadEvent extends RoomEventBase {
  type: "read";
  userId: string;
  seq: number;
}
export interface TypingEvent extends RoomEventBase {
  type: "typing";
  userId: string;
  expiresInMs: number;
}
export interface CallUpdatedEvent extends RoomEventBase {
  type: "call.updated";
  call: Call;
  /** Its number in the room's change log: `sync` replays the ones missed. */
  change: number;
}
/** A WebRTC signal for this session only. */
export interface CallSignalEvent {
  type: "call.signal";
  callId: string;
  fromSessionId: string;
  fromUserId: string;
  kind: CallSignalKind;
  payload: unknown;
}
export interface PresenceEvent {
  type: "presence";
  userId: string;
  status: "online" | "offline";
}
/** A user's name or avatar changed: to their own sessions and the members of their rooms. */
export interface UserUpdatedEvent {
  type: "user.updated";
  user: UserCard;
}

/** An admin replaced the grants document: fetch `/chat/config` and the rooms again. */
export interface PermissionsChangedEvent {
  type: "permissions.changed";
  version: number;
}

/** An admin changed your app role (sent to your own sessions only): fetch `/chat/config` and the rooms again. */
export interface RoleChangedEvent {
  type: "role.changed";
  role: AppRole;
}

/** `GET` · `PUT /v1/admin/permissions`: role → grants (`!grant` revokes), for the app and per room type. */
export interface GrantsDocument {
  app?: Record<string, string[]>;
  channel?: Record<string, string[]>;
  group?: Record<string, string[]>;
  direct?: Record<string, string[]>;
}

/** `GET /v1/admin/audit`: one admin or moderation action, or grant change. */
/** A reported message in the moderation queue, with a copy of the message as reported. */
export interface MessageFlag {
  id: string;
  roomId: string;
  messageId: string;
  reporterId: string;
  reason: string;
  authorId: string;
  text: string;
  createdAt: string;
  status: string;
  resolvedBy?: string;
  resolvedAt?: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  actorId: string;
  action: string;
  targetType: string;
  targetId?: string;
  before?: string;
  after?: string;
}

/** `GET /v1/admin/stats`: the admin dashboard; `sessionsOnline` counts the node that answered (`sessionsScope: "node"`). */
export interface AdminStats {
  users: number;
  activeUsers: number;
  rooms: number;
  messagesToday: number;
  dayStart: string;
  sessionsOnline: number;
  sessionsScope: string;
}

/** `DELETE /v1/admin/messages`: the ids deleted now. */
export interface DeletedMessages {
  deleted: string[];
}

/** `member.banned` / `member.muted` (with reason and end), `member.unbanned` / `member.unmuted`. */
export interface MemberRestrictedEvent extends RoomEventBase {
  type: "member.banned" | "member.unbanned" | "member.muted" | "member.unmuted";
  userId: string;
  reason?: string;
  expiresAt?: string;
  /** The room's change number (the moderation is in its change log; `sync` replays it). */
  change: number;
}
/** The room was frozen (only its moderators post) or thawed. */
export interface RoomFrozenEvent extends RoomEventBase {
  type: "room.frozen";
  frozen: boolean;
  /** The room's change number. */
  change: number;
}

export type RoomEvent =
  | MessageEvent
  | MemberRestrictedEvent
  | RoomFrozenEvent
  | MessageDeltaEvent
  | StopRequestedEvent
  | ReactionEvent
  | RoomChangedEvent
  | RoomDeletedEvent
  | MemberChangedEvent
  | MemberRemovedEvent
  | ReadEvent
  | TypingEvent
  | CallUpdatedEvent;

/** An invitation was made, accepted, declined or cancelled; sent to its inviter and its invitee. */
export interface InvitationEvent {
  type: "invitation.changed";
  invitation: Invitation;
}

/** An admin changed the theme or features of `clientType`: fetch `/chat/config` again and apply them. */
export interface AppearanceChangedEvent {
  type: "appearance.changed";
  version: number;
  clientType: string;
}

export type ServerEvent =
  | RoomEvent
  | PresenceEvent
  | UserUpdatedEvent
  | PermissionsChangedEvent
  | RoleChangedEvent
  | AppearanceChangedEvent
  | InvitationEvent
  | CallSignalEvent;

/** Protocol frames the server sends besides events. */
export interface ReadyFrame {
  type: "ready";
  userId: string;
  sessionId: string;
  replayLimit?: number;
  typingTtlMs?: number;
}
export interface PresenceSnapshotFrame {
  type: "presence.snapshot";
  online: string[];
}
/** Answers a `message.send` (with `message`) or a `read` that carried a ref (with `read`). */
export interface AckFrame {
  type: "ack";
  ref: string;
  message?: Message;
  read?: ReadMark;
}
export interface ErrorFrame {
  type: "error";
  ref?: string;
  code: string;
  detail?: string;
  /** Present when the refusal ends by itself (slow mode, a rate limit): seconds until a send can succeed. */
  retryAfterSeconds?: number;
}
export interface PongFrame {
  type: "pong";
  ref?: string;
}
export interface SyncDoneFrame {
  type: "sync.done";
}
export interface SyncGapFrame {
  type: "sync.gap";
  roomId: string;
  fromSeq: number;
  toSeq: number;
}
export interface SyncErrorFrame {
  type: "sync.error";
  roomId: string;
  code: string;
}

export type ControlFrame =
  | ReadyFrame
  | PresenceSnapshotFrame
  | AckFrame
  | ErrorFrame
  | PongFrame
  | SyncDoneFrame
  | SyncGapFrame
  | SyncErrorFrame;

export type ServerFrame = ServerEvent | ControlFrame;

/** Frames the client sends; any may carry a `ref` that the server's `ack` or `error` echoes. */
export interface AuthFrame {
  type: "auth";
  ref?: string;
  token: string;
  /** Asks for a sync at once: the last seq held per room. */
  rooms?: Record<string, number>;
  /** With rooms: the last change held per room; those rooms replay every change too. */
  changes?: Record<string, number>;
}
export interface SendFrame {
  type: "message.send";
  ref?: string;
  roomId: string;
  text: string;
  clientId: string;
  parentId?: string;
  attachments?: Attachment[];
  /** Starts a reply its author streams (bots), as `streaming: true` on `POST …/messages`. */
  streaming?: boolean;
}
export interface ReadFrame {
  type: "read";
  ref?: string;
  roomId: string;
  seq: number;
}
export interface TypingFrame {
  type: "typing";
  ref?: string;
  roomId: string;
}
export interface SyncFrame {
  type: "sync";
  ref?: string;
  rooms: Record<string, number>;
  /** The last change held per room: those rooms replay every change (edits, reactions, members…) too. */
  changes?: Record<string, number>;
}
export interface PingFrame {
  type: "ping";
  ref?: string;
}

export interface CallSignalFrame {
  type: "call.signal";
  ref?: string;
  callId: string;
  toSessionId: string;
  kind: CallSignalKind;
  payload: unknown;
}

export type ClientFrame = AuthFrame | SendFrame | ReadFrame | TypingFrame | SyncFrame | PingFrame | CallSignalFrame;
