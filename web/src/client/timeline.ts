import type { Message } from "./types";

/** What the UI reads about one room's loaded history. Immutable: a new object after every change. */
export interface TimelineSnapshot {
  readonly roomId: string;
  /** Loaded messages in ascending seq, each seq once. */
  readonly messages: readonly Message[];
  /** Whether older messages exist before the first loaded one. */
  readonly hasMoreBefore: boolean;
  /** Whether the latest page has been loaded at least once. */
  readonly loaded: boolean;
  readonly loadingOlder: boolean;
}

/** The loaded messages of one room, kept in seq order and de-duplicated by seq. */
export class Timeline {
  private readonly bySeq = new Map<number, Message>();
  private sorted: Message[] = [];
  private dirty = false;
  private snapshot: TimelineSnapshot;
  hasMoreBefore = true;
  loaded = false;
  loadingOlder = false;

  constructor(readonly roomId: string) {
    this.snapshot = this.build();
  }

  has(seq: number): boolean {
    return this.bySeq.has(seq);
  }

  get(seq: number): Message | undefined {
    return this.bySeq.get(seq);
  }

  findById(id: string): Message | undefined {
    for (const m of this.bySeq.values()) if (m.id === id) return m;
    return undefined;
  }

  get size(): number {
    return this.bySeq.size;
  }

  get firstSeq(): number | undefined {
    return this.messages()[0]?.seq;
  }

  get lastSeq(): number | undefined {
    const all = this.messages();
    return all[all.length - 1]?.seq;
  }

  /** Adds a message whose seq is not held yet. Returns false for a duplicate. */
  add(message: Message): boolean {
    if (this.bySeq.has(message.seq)) return false;
    this.bySeq.set(message.seq, message);
    this.dirty = true;
    return true;
  }

  /** Adds or replaces (an edit, a delete, new reactions). Returns whether anything changed. */
  put(message: Message): boolean {
    const held = this.bySeq.get(message.seq);
    if (held && sameVersion(held, message)) return false;
    this.bySeq.set(message.seq, message);
    this.dirty = true;
    return true;
  }

  /** Replaces a held message by id with `change(held)`; no-op when the message is not loaded. */
  update(messageId: string, change: (held: Message) => Message): boolean {
    const held = this.findById(messageId);
    if (!held) return false;
    this.bySeq.set(held.seq, change(held));
    this.dirty = true;
    return true;
  }

  /** Drops everything (used when a gap is too large to page through). */
  clear(): void {
    this.bySeq.clear();
    this.hasMoreBefore = true;
    this.loaded = false;
    this.dirty = true;
  }

  touch(): void {
    this.dirty = true;
  }

  messages(): Message[] {
    if (this.dirty) {
      this.sorted = [...this.bySeq.values()].sort((a, b) => a.seq - b.seq);
    }
    return this.sorted;
  }

  getSnapshot(): TimelineSnapshot {
    if (this.dirty) {
      this.messages();
      this.snapshot = this.build();
      this.dirty = false;
    }
    return this.snapshot;
  }

  private build(): TimelineSnapshot {
    return {
      roomId: this.roomId,
      messages: this.sorted,
      hasMoreBefore: this.hasMoreBefore,
      loaded: this.loaded,
      loadingOlder: this.loadingOlder,
    };
  }
}

function sameVersion(a: Message, b: Message): boolean {
  return (
    a.id === b.id &&
    a.text === b.text &&
    a.editedAt === b.editedAt &&
    a.deletedAt === b.deletedAt &&
    a.streaming === b.streaming &&
    JSON.stringify(a.reactions ?? []) === JSON.stringify(b.reactions ?? [])
  );
}
