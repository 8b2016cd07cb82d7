/** Unsent text per room, kept while the page lives (and across reloads in sessionStorage). */
const PREFIX = "parley.draft.";
const memory = new Map<string, string>();

export function loadDraft(roomId: string): string {
  if (memory.has(roomId)) return memory.get(roomId)!;
  try {
    return sessionStorage.getItem(PREFIX + roomId) ?? "";
  } catch {
    return "";
  }
}

export function saveDraft(roomId: string, text: string): void {
  memory.set(roomId, text);
  try {
    if (text) sessionStorage.setItem(PREFIX + roomId, text);
    else sessionStorage.removeItem(PREFIX + roomId);
  } catch {
    // storage disabled: the in-memory draft still survives room switches
  }
}
