import { locale } from "../app/i18n/t";

const TIME = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });

/** An ISO time as the admin's locale writes a date and time. */
export function formatTime(iso: string | undefined | null): string {
  if (!iso) return "";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : TIME.format(date);
}

/** A `datetime-local` field's value as an ISO-8601 UTC time (the API's filters); empty stays empty. */
export function isoOf(local: string): string {
  if (!local) return "";
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? "" : date.toISOString();
}
