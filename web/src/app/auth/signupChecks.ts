import { errorMessage, t } from "../i18n/t";

export type Field = "userId" | "name" | "password";
export type FieldErrors = Partial<Record<Field, string>>;

const USER_ID = /^[A-Za-z0-9._@|:-]{1,128}$/;

/** What is wrong with a sign-up form, field by field, before it is sent (the server checks again). */
export function checkSignup(userId: string, name: string, password: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!USER_ID.test(userId) || userId === "." || userId === "..") errors.userId = t("userIdRule");
  if (!name.trim()) errors.name = t("nameRequired");
  else if (name.trim().length > 100) errors.name = t("nameTooLong");
  if (password.length < 8) errors.password = t("passwordRule");
  return errors;
}

/**
 * A refused sign-up or sign-in as a message under the field it is about: the server names the
 * field first in its detail ("password must be …"); a taken id is the user id's.
 */
export function fieldErrorOf(error: unknown): FieldErrors | null {
  const { code, detail } = (error ?? {}) as { code?: unknown; detail?: unknown };
  if (code === "user_exists") return { userId: errorMessage(error) };
  if (code !== "validation_failed" || typeof detail !== "string") return null;
  const field = (["userId", "name", "password"] as const).find((f) => detail.startsWith(`${f} `));
  return field ? { [field]: errorMessage(error) } : null;
}
