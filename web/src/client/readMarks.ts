/** The read marks of a room's members seen in `read` events (for "Seen" in direct rooms). */
export class ReadMarks {
  private readonly byRoom = new Map<string, Map<string, number>>();

  /** Records a member's read mark; it never moves backwards. */
  record(roomId: string, userId: string, seq: number): void {
    let marks = this.byRoom.get(roomId);
    if (!marks) this.byRoom.set(roomId, (marks = new Map()));
    marks.set(userId, Math.max(seq, marks.get(userId) ?? 0));
  }

  /** The highest read mark in the room of anyone but `me`. */
  highestOfOthers(roomId: string, me: string): number {
    let max = 0;
    for (const [userId, seq] of this.byRoom.get(roomId) ?? []) if (userId !== me) max = Math.max(max, seq);
    return max;
  }

  forget(roomId: string): void {
    this.byRoom.delete(roomId);
  }
}
