import type { CommandHub } from "../host/hostBus";
import { parseCommand, type HostEvent } from "../host/protocol";

/**
 * The origin of the page that framed this one, as the browser reports it
 * (`location.ancestorOrigins`, else the referrer's origin); null when not framed or unknown.
 * The server's `frame-ancestors` policy already limits who may frame the embed.
 */
export function parentOrigin(): string | null {
  if (window.parent === window) return null;
  const ancestors = (location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  const candidate = ancestors && ancestors.length > 0 ? ancestors[0] : document.referrer;
  try {
    const origin = candidate ? new URL(candidate).origin : null;
    return origin && origin !== "null" ? origin : null;
  } catch {
    return null;
  }
}

/** Posts `{...event, type: "parley:<type>"}` to the parent, addressed to its origin only. */
export function postToParent(origin: string | null, event: HostEvent): void {
  if (!origin) return;
  window.parent.postMessage({ ...event, type: `parley:${event.type}` }, origin);
}

/**
 * Hands the parent's commands (`parley:open-room`, `parley:set-token` or `parley:token`,
 * `parley:set-theme`, `parley:logout`) to `hub`. A message from any other window or origin is
 * ignored, as is a malformed one.
 */
export function listenForParentCommands(origin: string | null, hub: CommandHub): () => void {
  const listener = (event: MessageEvent) => {
    if (!origin || event.source !== window.parent || event.origin !== origin) return;
    const command = parseCommand(event.data);
    if (command) hub.send(command);
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
