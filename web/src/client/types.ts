/** Wire types of the Parley API (docs/api.md, docs/ws-protocol.md). Fields the server omits when null are optional. */

export type RoomType = "direct" | "group" | "channel";
export type RoomRole = "owner" | "moderator" | "member";
export type AppRole = "user" | "admin" | "bot";

export interface UserCard {
  id: string;
  name: string;
  avatarUrl?: string;
}

export interface User extends UserCard {
  role: AppRole;
  active: boolean;
  data?: unknown;
  createdAt: string;
  updatedAt: string;
}

export interface Attachment {
  url: string;
  type?: string;
  name?: string;
  mimeType?: string;
  size?: number;
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
}

export interface Member {
  userId: string;
  role: RoomRole;
  lastReadSeq: number;
  joinedAt: string;
  user?: UserCard;
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
}
export interface ReactionEvent extends RoomEventBase {
  type: "reaction.added" | "reaction.removed";
  messageId: string;
  userId: string;
  emoji: string;
  reactions: Reaction[];
}
export interface RoomChangedEvent extends RoomEventBase {
  type: "room.created" | "room.updated";
  room: Partial<Room> & { id: string };
}
export interface RoomDeletedEvent extends RoomEventBase {
  type: "room.deleted";
}
export interface MemberChangedEvent extends RoomEventBase {
  type: "member.added" | "member.updated";
  member: Member;
  room?: Partial<Room> & { id: string };
}
export interface MemberRemovedEvent extends RoomEventBase {
  type: "member.removed";
  userId: string;
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
export interface PresenceEvent {
  type: "presence";
  userId: string;
  status: "online" | "offline";
}

export type RoomEvent =
  | MessageEvent
  | ReactionEvent
  | RoomChangedEvent
  | RoomDeletedEvent
  | MemberChangedEvent
  | MemberRemovedEvent
  | ReadEvent
  | TypingEvent;

export type ServerEvent = RoomEvent | PresenceEvent;

/** Protocol frames the server sends besides events. */
export type ControlFrame =
  | { type: "ready"; userId: string; sessionId: string; replayLimit?: number; typingTtlMs?: number }
  | { type: "presence.snapshot"; online: string[] }
  | { type: "ack"; ref: string; message?: Message }
  | { type: "error"; ref?: string; code: string; detail?: string }
  | { type: "pong"; ref?: string }
  | { type: "sync.done" }
  | { type: "sync.gap"; roomId: string; fromSeq: number; toSeq: number }
  | { type: "sync.error"; roomId: string; code: string };

export type ServerFrame = ServerEvent | ControlFrame;
