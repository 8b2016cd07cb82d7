import { en, problemMessages, type MessageKey } from "./en";

/** The string for `key` with `{name}` placeholders filled in. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A human sentence for an error: its problem code when known, a generic one otherwise. */
export function errorMessage(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && code in problemMessages) return problemMessages[code]!;
  return en.genericError;
}

export const locale: string | undefined = typeof navigator !== "undefined" ? navigator.language : undefined;
