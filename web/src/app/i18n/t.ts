import { en, problemMessages, type MessageKey } from "./en";

/** The string for `key` with `{name}` placeholders filled in. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/**
 * A human sentence for an error: its problem code when known, a generic one otherwise. Where
 * the server's detail says what exactly is wrong (which user ids are unknown, which field
 * breaks which rule — plain words by the API's design), the sentence says it too.
 */
export function errorMessage(error: unknown): string {
  const { code, detail } = (error ?? {}) as { code?: unknown; detail?: unknown };
  if (code === "user_not_found" && typeof detail === "string") {
    const ids = /^no (?:active )?user (.+)$/.exec(detail)?.[1];
    if (ids) return t("usersNotFound", { ids });
  }
  if (code === "validation_failed" && typeof detail === "string" && detail) return t("invalidBecause", { detail });
  if (code === "file_too_large" && typeof detail === "string" && detail) return t("fileTooLargeBecause", { detail });
  if (typeof code === "string" && code in problemMessages) return problemMessages[code]!;
  return en.genericError;
}

export const locale: string | undefined = typeof navigator !== "undefined" ? navigator.language : undefined;
