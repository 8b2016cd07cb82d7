import type { Features, ThemeColors, ThemeConfig } from "../app/boot/config";
import { ParleyError } from "../client/problem";
import { enc, query, readProblem, sendJson, type FetchLike } from "../client/rest";
import type { AdminStats, AppRole, AuditEntry, DeletedMessages, GrantsDocument, Member, Message, MessageFlag, Page, Room, RoomType, User } from "../client/types";

export interface MessageFilter {
  roomId?: string;
  userId?: string;
  query?: string;
  from?: string;
  to?: string;
}

/** The queue's filter: `open` flags, or those resolved by dismissing or deleting. */
export type FlagStatus = "open" | "dismissed" | "deleted";

/** `POST /v1/admin/users/{userId}/ban`: a user's ban from the whole app. */
export interface UserBan {
  userId: string;
  reason?: string;
  createdBy: string;
  createdAt: string;
  expiresAt?: string;
}

/** A webhook subscription (`/v1/webhooks`); `secret` only in the answers that create or rotate it (shown once). */
export interface Webhook {
  id: string;
  url: string;
  events: string[];
  active: boolean;
  pausedReason?: string;
  createdAt: string;
  updatedAt: string;
  secret?: string;
}

/** The delivery log's statuses: `pending` (waiting, or retrying after a failed attempt), `delivered`, `dead` (dead letters). */
export type DeliveryStatus = "pending" | "delivered" | "dead";

/** One event's delivery to one webhook; `id` is the `webhook-id` every attempt carries. */
export interface WebhookDelivery {
  id: string;
  type: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt?: string;
  lastStatus?: number;
  lastError?: string;
  createdAt: string;
  finishedAt?: string;
}

/** What admins set of a client type's look: the `/chat/config` shape with only the settings they set. */
export interface StoredAppearance {
  theme?: Partial<Omit<ThemeConfig, "light" | "dark">> & { light?: Partial<ThemeColors>; dark?: Partial<ThemeColors> };
  features?: Partial<Features>;
}

/** `GET` · `PUT` · `DELETE /v1/admin/appearance?clientType=…`. */
export interface AppearanceDocument {
  clientType: string;
  version: number;
  theme: ThemeConfig;
  features: Features;
  stored: StoredAppearance;
  defaults: { theme: ThemeConfig; features: Features };
}

/** `GET /v1/admin/api-key`: never the secret, except `secret` in the answer to the rotation that made it. */
export interface ApiKeyState {
  apiKey: string;
  secretVersion: number;
  secretCreatedAt: string;
  /** Until when the secret the last rotation replaced is still accepted; absent: none is. */
  previousSecretValidUntil?: string;
  secret?: string;
}

/** What erasing a user does to their messages. */
export type ErasedMessages = "delete" | "anonymise";

/** `POST /v1/admin/users/{userId}/erase`: the user as stored now and how many messages were deleted. */
export interface UserErased {
  user: User;
  messages: ErasedMessages;
  messagesDeleted: number;
}

export interface AuditFilter {
  actorId?: string;
  action?: string;
  from?: string;
  to?: string;
}

/** The admin routes (`/v1/admin/…`) with the signed-in admin's token. Every call is refused (403) for anyone else. */
export class AdminApi {
  constructor(
    private readonly token: string,
    private readonly server = "",
    private readonly fetchImpl: FetchLike = (input, init) => fetch(input, init),
  ) {}

  stats(): Promise<AdminStats> {
    return this.call("GET", "/v1/admin/stats");
  }

  users(search: string, cursor?: string): Promise<Page<User>> {
    return this.call("GET", `/v1/admin/users${query({ query: search, cursor, limit: 50 })}`);
  }

  updateUser(userId: string, change: { role?: AppRole; active?: boolean }): Promise<User> {
    return this.call("PATCH", `/v1/admin/users/${enc(userId)}`, change);
  }

  resetPassword(userId: string, password: string): Promise<void> {
    return this.call("POST", `/v1/admin/users/${enc(userId)}/password`, { password });
  }

  rooms(search: string, type: RoomType | "", cursor?: string, memberId = ""): Promise<Page<Room>> {
    return this.call("GET", `/v1/admin/rooms${query({ query: search, type, memberId, cursor, limit: 50 })}`);
  }

  messages(filter: MessageFilter, cursor?: string): Promise<Page<Message>> {
    return this.call("GET", `/v1/admin/messages${query({ ...filter, cursor, limit: 50 })}`);
  }

  deleteMessages(ids: string[]): Promise<DeletedMessages> {
    return this.call("DELETE", "/v1/admin/messages", { ids });
  }

  audit(filter: AuditFilter, cursor?: string): Promise<Page<AuditEntry>> {
    return this.call("GET", `/v1/admin/audit${query({ ...filter, cursor, limit: 50 })}`);
  }

  /** The matching audit entries as a CSV file. */
  auditCsv(filter: AuditFilter): Promise<Blob> {
    return this.file(`/v1/admin/audit${query({ ...filter, format: "csv" })}`);
  }

  /** Everything Parley holds about the user, as a JSON file. */
  exportUser(userId: string): Promise<Blob> {
    return this.file(`/v1/admin/users/${enc(userId)}/export`);
  }

  /** Deactivates and signs out the user, replaces their profile by a neutral one, and deletes or keeps their messages. */
  eraseUser(userId: string, messages: ErasedMessages): Promise<UserErased> {
    return this.call("POST", `/v1/admin/users/${enc(userId)}/erase`, { messages });
  }

  apiKey(): Promise<ApiKeyState> {
    return this.call("GET", "/v1/admin/api-key");
  }

  /** A new API secret (in the answer only); the old one stays accepted for `overlapHours` (omitted: 24). */
  rotateApiSecret(overlapHours?: number): Promise<ApiKeyState> {
    return this.call("POST", "/v1/admin/api-key/rotate", overlapHours === undefined ? {} : { overlapHours });
  }

  grants(): Promise<GrantsDocument> {
    return this.call("GET", "/v1/admin/permissions");
  }

  replaceGrants(document: unknown): Promise<GrantsDocument> {
    return this.call("PUT", "/v1/admin/permissions", document);
  }

  /** `GET /v1/admin/appearance`: one client type's theme and features (served, stored, the file's). */
  appearance(clientType: string): Promise<AppearanceDocument> {
    return this.call("GET", `/v1/admin/appearance${query({ clientType })}`);
  }

  /** Replaces what admins set of `clientType` with `stored` (what is left out comes from the config file). */
  replaceAppearance(clientType: string, stored: StoredAppearance): Promise<AppearanceDocument> {
    return this.call("PUT", `/v1/admin/appearance${query({ clientType })}`, stored);
  }

  /** Back to the config file's theme and features. */
  resetAppearance(clientType: string): Promise<AppearanceDocument> {
    return this.call("DELETE", `/v1/admin/appearance${query({ clientType })}`);
  }

  /** The moderation queue, newest first. */
  flags(status: FlagStatus, cursor?: string): Promise<Page<MessageFlag>> {
    return this.call("GET", `/v1/admin/flags${query({ status, cursor, limit: 50 })}`);
  }

  /** `dismiss` keeps the message, `delete` deletes it; either closes every open flag of that message. */
  resolveFlag(flagId: string, action: "dismiss" | "delete"): Promise<MessageFlag> {
    return this.call("POST", `/v1/admin/flags/${enc(flagId)}/resolve`, { action });
  }

  banFromApp(userId: string, reason: string, durationSeconds?: number): Promise<UserBan> {
    return this.call("POST", `/v1/admin/users/${enc(userId)}/ban`, { ...(reason ? { reason } : {}), ...(durationSeconds !== undefined ? { durationSeconds } : {}) });
  }

  liftAppBan(userId: string): Promise<void> {
    return this.call("DELETE", `/v1/admin/users/${enc(userId)}/ban`);
  }

  /** Deletes every message of the user (in every room); answers how many. */
  deleteAllMessages(userId: string): Promise<{ deleted: number }> {
    return this.call("DELETE", `/v1/admin/users/${enc(userId)}/messages`);
  }

  /** The existing moderation routes, which app admins may use in any room. */
  ban(roomId: string, userId: string, reason?: string): Promise<unknown> {
    return this.call("POST", `/v1/rooms/${enc(roomId)}/bans`, reason ? { userId, reason } : { userId });
  }

  mute(roomId: string, userId: string): Promise<unknown> {
    return this.call("POST", `/v1/rooms/${enc(roomId)}/mutes`, { userId });
  }

  room(roomId: string): Promise<Room> {
    return this.call("GET", `/v1/rooms/${enc(roomId)}`);
  }

  deleteRoom(roomId: string): Promise<void> {
    return this.call("DELETE", `/v1/rooms/${enc(roomId)}`);
  }

  members(roomId: string, cursor?: string): Promise<Page<Member>> {
    return this.call("GET", `/v1/rooms/${enc(roomId)}/members${query({ limit: 200, cursor })}`);
  }

  /** Webhook subscriptions: the API secret's routes, which app admins may use too. */
  webhooks(): Promise<{ items: Webhook[] }> {
    return this.call("GET", "/v1/webhooks");
  }

  webhook(webhookId: string): Promise<Webhook> {
    return this.call("GET", `/v1/webhooks/${enc(webhookId)}`);
  }

  /** Subscribes; the answer carries the secret, shown this once. */
  createWebhook(url: string, events: string[]): Promise<Webhook> {
    return this.call("POST", "/v1/webhooks", { url, events });
  }

  updateWebhook(webhookId: string, change: { events?: string[]; active?: boolean }): Promise<Webhook> {
    return this.call("PATCH", `/v1/webhooks/${enc(webhookId)}`, change);
  }

  deleteWebhook(webhookId: string): Promise<void> {
    return this.call("DELETE", `/v1/webhooks/${enc(webhookId)}`);
  }

  /** A new secret (shown this once); the old one keeps signing beside it for 24 hours. */
  rotateWebhookSecret(webhookId: string): Promise<Webhook> {
    return this.call("POST", `/v1/webhooks/${enc(webhookId)}/rotate-secret`);
  }

  /** The delivery log, newest first; an empty status lists every delivery. */
  deliveries(webhookId: string, status: DeliveryStatus | "", cursor?: string): Promise<Page<WebhookDelivery>> {
    return this.call("GET", `/v1/webhooks/${enc(webhookId)}/deliveries${query({ status, cursor, limit: 50 })}`);
  }

  /** Sends a delivery (a dead letter) again now, with a fresh retry schedule. */
  retryDelivery(webhookId: string, deliveryId: string): Promise<WebhookDelivery> {
    return this.call("POST", `/v1/webhooks/${enc(webhookId)}/deliveries/${enc(deliveryId)}/retry`);
  }

  private async file(path: string): Promise<Blob> {
    const response = await this.fetchImpl(this.server + path, { headers: { Authorization: `Bearer ${this.token}` } });
    if (!response.ok) throw new ParleyError(await readProblem(response));
    return response.blob();
  }

  private call<T>(method: string, path: string, body?: unknown): Promise<T> {
    return sendJson<T>(this.fetchImpl, method, this.server + path, this.token, body);
  }
}
