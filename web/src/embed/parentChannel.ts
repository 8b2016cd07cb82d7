/** The embed page's conversation with the page that framed it (window.postMessage). */
export type ParentMessage = { type: "parley:ready" } | { type: "parley:auth-required" };

export function postToParent(message: ParentMessage): void {
  if (window.parent && window.parent !== window) window.parent.postMessage(message, "*");
}

/** Calls `onToken` for every `{type: "parley:token", token}` the parent sends. */
export function listenForTokens(onToken: (token: string) => void): () => void {
  const listener = (event: MessageEvent) => {
    if (event.source !== window.parent) return;
    const data = event.data as { type?: unknown; token?: unknown } | null;
    if (data && data.type === "parley:token" && typeof data.token === "string" && data.token) onToken(data.token);
  };
  window.addEventListener("message", listener);
  return () => window.removeEventListener("message", listener);
}

/** Reads `#token=` from the address and removes it from the address bar at once. */
export function takeTokenFromFragment(): string | null {
  const params = new URLSearchParams(location.hash.replace(/^#/, ""));
  const token = params.get("token");
  if (location.hash) history.replaceState(history.state, "", location.pathname + location.search);
  return token || null;
}

/** `/embed/rooms/{roomId}` → roomId. */
export function roomIdFromPath(pathname: string): string | null {
  const m = /^\/embed\/rooms\/([^/?#]+)/.exec(pathname);
  return m ? decodeURIComponent(m[1]!) : null;
}
