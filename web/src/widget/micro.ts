/**
 * `/micro/parley.js`: the UMD build for hosts that evaluate scripts rather than import modules
 * (qiankun and micro-lc run them in a sandbox: no `import.meta`, no `export`). The lifecycle is
 * the UMD export `ParleyChat` (what qiankun looks for), and `<parley-chat>` is defined too.
 */
import { defineParleyChat } from "./element";
import { createLifecycle } from "./lifecycle";

// read while the script runs; qiankun evaluates it without a <script> element, hence the fallback
const scriptSrc = typeof document !== "undefined" ? (document.currentScript as HTMLScriptElement | null)?.src : undefined;

function scriptOrigin(): string {
  try {
    return new URL(scriptSrc ?? "").origin;
  } catch {
    return location.origin;
  }
}

const lifecycle = createLifecycle(scriptOrigin);
export const { bootstrap, mount, update, unmount } = lifecycle;

defineParleyChat(scriptOrigin);
