import type { RestApi } from "./rest";
import type { Member, UserCard } from "./types";

/** Room members and the user cards seen with them, loaded on demand and kept live by events. */
export class MemberDirectory {
  private readonly byRoom = new Map<string, Map<string, Member>>();
  private readonly lists = new Map<string, readonly Member[]>();
  private readonly loading = new Map<string, Promise<void>>();
  private readonly users = new Map<string, UserCard>();
  /** Grows on every change, so views can tell that names or member lists changed. */
  version = 0;

  constructor(
    private readonly rest: RestApi,
    private readonly notify: () => void,
  ) {}

  private onChange(): void {
    this.version++;
    this.notify();
  }

  /** Loads a room's members once (every page); later calls share the first load. */
  ensure(roomId: string): Promise<void> {
    if (this.byRoom.has(roomId)) return Promise.resolve();
    let pending = this.loading.get(roomId);
    if (!pending) {
      pending = this.load(roomId).finally(() => this.loading.delete(roomId));
      this.loading.set(roomId, pending);
    }
    return pending;
  }

  /** Loads again (after a change the app made itself). */
  reload(roomId: string): Promise<void> {
    this.byRoom.delete(roomId);
    this.lists.delete(roomId);
    return this.ensure(roomId);
  }

  /** The loaded members of a room, by user id; undefined until loaded. */
  list(roomId: string): readonly Member[] | undefined {
    const members = this.byRoom.get(roomId);
    if (!members) return undefined;
    let list = this.lists.get(roomId);
    if (!list) {
      list = [...members.values()].sort((a, b) => a.userId.localeCompare(b.userId));
      this.lists.set(roomId, list);
    }
    return list;
  }

  user(userId: string): UserCard | undefined {
    return this.users.get(userId);
  }

  /** The display name of a user, or their id while unknown. */
  name(userId: string): string {
    return this.users.get(userId)?.name ?? userId;
  }

  remember(user: UserCard): void {
    const held = this.users.get(user.id);
    if (held && held.name === user.name && held.avatarUrl === user.avatarUrl) return;
    this.users.set(user.id, user);
    this.onChange();
  }

  applyAdded(roomId: string, member: Member): void {
    if (member.user) this.remember(member.user);
    const members = this.byRoom.get(roomId);
    if (!members) return;
    const held = members.get(member.userId);
    members.set(member.userId, { ...member, ...(member.user ?? held?.user ? { user: member.user ?? held?.user } : {}) });
    this.lists.delete(roomId);
    this.onChange();
  }

  applyRemoved(roomId: string, userId: string): void {
    const members = this.byRoom.get(roomId);
    if (!members?.delete(userId)) return;
    this.lists.delete(roomId);
    this.onChange();
  }

  private async load(roomId: string): Promise<void> {
    const members = new Map<string, Member>();
    let cursor: string | undefined;
    do {
      const page = await this.rest.listMembers(roomId, cursor);
      for (const m of page.items) {
        members.set(m.userId, m);
        if (m.user) this.users.set(m.user.id, m.user);
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    this.byRoom.set(roomId, members);
    this.lists.delete(roomId);
    this.onChange();
  }
}
