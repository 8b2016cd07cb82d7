import type { UserCard } from "../../client";

/** The `@query` being typed just before the caret: where its `@` is and what follows it. */
export interface ActiveMention {
  start: number;
  query: string;
}

const MAX_QUERY = 40;

/**
 * The mention being typed at `caret`, if any: an `@` at the start of a word (not inside an
 * email address), followed by at most 40 characters without a line break, up to the caret.
 * A name can hold spaces ("@Grace K"), so only a line break or a second `@` ends the query.
 */
export function activeMention(text: string, caret: number): ActiveMention | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf("@");
  if (at < 0 || caret - at - 1 > MAX_QUERY) return null;
  if (at > 0 && /[\p{L}\p{N}_.|:-]/u.test(before[at - 1]!)) return null;
  const query = before.slice(at + 1);
  if (/[\n@]/.test(query) || query.startsWith(" ")) return null;
  return { start: at, query };
}

/**
 * Members whose name or id, or a word of either, starts with the query, case-insensitively —
 * the rule of the server's user search — names that start with it first, then by name.
 */
export function matchMembers(members: readonly UserCard[], query: string, limit = 8): UserCard[] {
  const q = query.toLocaleLowerCase();
  const rank = (u: UserCard): number => {
    const name = u.name.toLocaleLowerCase();
    const id = u.id.toLocaleLowerCase();
    if (name.startsWith(q) || id.startsWith(q)) return 0;
    return words(name).some((w) => w.startsWith(q)) || words(id).some((w) => w.startsWith(q)) ? 1 : 2;
  };
  return members
    .map((u) => ({ u, r: rank(u) }))
    .filter((m) => m.r < 2)
    .sort((a, b) => a.r - b.r || a.u.name.localeCompare(b.u.name))
    .slice(0, limit)
    .map((m) => m.u);
}

/** What the composer writes for a member: their name, or their id when another member has the same name. */
export function mentionLabel(user: UserCard, members: readonly UserCard[]): string {
  const same = members.filter((m) => m.name.toLocaleLowerCase() === user.name.toLocaleLowerCase()).length;
  return same > 1 ? user.id : user.name;
}

/** The text with the active mention replaced by `@label ` and where the caret goes after it. */
export function insertMention(text: string, mention: ActiveMention, caret: number, label: string): { text: string; caret: number } {
  const inserted = `@${label} `;
  const after = text.slice(caret).replace(/^ /, "");
  return { text: text.slice(0, mention.start) + inserted + after, caret: mention.start + inserted.length };
}

function words(value: string): string[] {
  return value.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
