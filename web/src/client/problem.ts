import type { Problem } from "./types";

/** A refused or failed API call, carrying the problem `code` the UI maps to a sentence. */
export class ParleyError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string | undefined;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? problem.code);
    this.name = "ParleyError";
    this.status = problem.status;
    this.code = problem.code;
    this.detail = problem.detail;
  }
}

/** Codes that mean the credential is no good any more: ask the token provider again. */
export const AUTH_CODES: ReadonlySet<string> = new Set([
  "unauthenticated",
  "token_expired",
  "token_revoked",
  "user_deactivated",
]);

/** A network failure (no answer at all) is reported with this code. */
export const NETWORK_ERROR = "network_error";

export function isParleyError(e: unknown): e is ParleyError {
  return e instanceof ParleyError;
}
