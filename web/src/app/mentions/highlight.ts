/** A mention to highlight in a message's text: the words after `@`, and whether it names the reader. */
export interface MentionMark {
  text: string;
  me: boolean;
}

export type MentionPiece = { kind: "text"; text: string } | { kind: "mention"; text: string; me: boolean };

/**
 * Splits text into plain pieces and `@mentions` of the given marks (case-insensitive, at a
 * word start, the longest mark first — as the server parses them), for highlighting. The text
 * itself is never interpreted.
 */
export function splitMentions(text: string, marks: readonly MentionMark[]): MentionPiece[] {
  if (marks.length === 0 || !text.includes("@")) return [{ kind: "text", text }];
  const sorted = [...marks].sort((a, b) => b.text.length - a.text.length);
  const lower = text.toLocaleLowerCase();
  const pieces: MentionPiece[] = [];
  let plainFrom = 0;
  let i = text.indexOf("@");
  while (i >= 0) {
    const mark = i > 0 && /[\p{L}\p{N}_|:-]/u.test(text[i - 1]!) ? undefined : sorted.find((m) => endsAt(lower, i + 1, m.text.toLocaleLowerCase()));
    if (mark) {
      const end = i + 1 + mark.text.length;
      if (i > plainFrom) pieces.push({ kind: "text", text: text.slice(plainFrom, i) });
      pieces.push({ kind: "mention", text: text.slice(i, end), me: mark.me });
      plainFrom = end;
      i = text.indexOf("@", end);
    } else {
      i = text.indexOf("@", i + 1);
    }
  }
  if (plainFrom < text.length) pieces.push({ kind: "text", text: text.slice(plainFrom) });
  return pieces;
}

function endsAt(lower: string, start: number, word: string): boolean {
  if (!word || !lower.startsWith(word, start)) return false;
  const next = lower[start + word.length];
  return next === undefined || !/[\p{L}\p{N}_@|:-]/u.test(next);
}
