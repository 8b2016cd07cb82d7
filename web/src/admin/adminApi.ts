import { ParleyError } from "../client/problem";
import { enc, query, readProblem, sendJson, type FetchLike } from "../client/rest";
import type { AdminStats, AppRole, AuditEntry, DeletedMessages, GrantsDocument, Member, Message, Page, Room, RoomType, User } from "../client/types";

export interface MessageFilter {
  roomId?: string;
  userId?: string;
  query?: string;
  from?: string;
  to?: string;
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
  async auditCsv(filter: AuditFilter): Promise<Blob> {
    const response = await this.fetchImpl(`${this.server}/v1/admin/audit${query({ ...filter, format: "csv" })}`, {
      headers: { Authorization: `Bearer ${this.token}` },
    });
    if (!response.ok) throw new ParleyError(await readProblem(response));
    return response.blob();
  }

  grants(): Promise<GrantsDocument> {
    return this.call("GET", "/v1/admin/permissions");
  }

  replaceGrants(document: unknown): Promise<GrantsDocument> {
    return this.call("PUT", "/v1/admin/permissions", document);
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

  private call<T>(method: string, path: string, body?: unknown): Promise<T> {
    return sendJson<T>(this.fetchImpl, method, this.server + path, this.token, body);
  }
}
