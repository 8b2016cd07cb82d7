/**
 * `/widget.js`: the ES module build. Defines `<parley-chat>`, exports the micro-frontend
 * lifecycle and sets `window.ParleyChat` (see micro.ts for the UMD build qiankun loads).
 */
import { defineParleyChat } from "./element";
import { createLifecycle, type Lifecycle } from "./lifecycle";

export type { MountProps } from "./lifecycle";
export type { HostCommand, HostEvent, RoomFilters, ThemeMode } from "../host/protocol";

/** The origin this script was loaded from: the default Parley server. */
function scriptOrigin(): string {
  try {
    return new URL(import.meta.url).origin;
  } catch {
    return location.origin;
  }
}

const lifecycle = createLifecycle(scriptOrigin);
export const { bootstrap, mount, update, unmount } = lifecycle;

defineParleyChat(scriptOrigin);

declare global {
  interface Window {
    ParleyChat?: Lifecycle;
  }
}
if (typeof window !== "undefined" && !window.ParleyChat) window.ParleyChat = lifecycle;
