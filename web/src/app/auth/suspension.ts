import { isParleyError } from "../../client";

/** An app ban as the app tells its user: when it ends (ISO time; absent: no end) and why, when the server says. */
export interface Suspension {
  until?: string;
  reason?: string;
}

// The server's words for an app ban (AppBanService): "you are banned from this app[ until <instant>][: <reason>]".
const DETAIL = /^you are banned from this app(?: until (\S+))?(?:: ([\s\S]*))?$/;

/**
 * The suspension an error means, or null: a 403 `banned` whose detail is the app ban's (a ban
 * from one room is a different refusal, and never a reason to leave the app).
 */
export function suspensionOf(error: unknown): Suspension | null {
  if (!isParleyError(error) || error.status !== 403 || error.code !== "banned") return null;
  const found = DETAIL.exec(error.detail ?? "");
  if (!found) return null;
  return { ...(found[1] ? { until: found[1] } : {}), ...(found[2] ? { reason: found[2] } : {}) };
}
