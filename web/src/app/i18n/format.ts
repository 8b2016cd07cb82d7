import { locale } from "./t";

const timeFormat = new Intl.DateTimeFormat(locale, { hour: "numeric", minute: "2-digit" });
const exactFormat = new Intl.DateTimeFormat(locale, { dateStyle: "full", timeStyle: "medium" });
const dayFormat = new Intl.DateTimeFormat(locale, { weekday: "long", month: "long", day: "numeric" });
const dayYearFormat = new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", day: "numeric" });
const shortDayFormat = new Intl.DateTimeFormat(locale, { month: "short", day: "numeric" });
const relative = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });

export function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** The full date and time, for a `title` or a screen reader. */
export function exactTime(iso: string): string {
  return exactFormat.format(new Date(iso));
}

/** "just now", "5 minutes ago", "3 hours ago", then the clock time or the day. */
export function relativeTime(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  if (Math.abs(seconds) < 60) return relative.format(0, "second");
  const minutes = Math.round(seconds / 60);
  if (Math.abs(minutes) < 60) return relative.format(minutes, "minute");
  if (sameDay(date, now)) return timeFormat.format(date);
  return `${shortDayFormat.format(date)}, ${timeFormat.format(date)}`;
}

/** The short time shown in the room list: clock time today, else the day. */
export function listTime(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  return sameDay(date, now) ? timeFormat.format(date) : shortDayFormat.format(date);
}

/** "Today", "Yesterday", "Monday, 3 March", "3 March 2024" for day separators. */
export function dayLabel(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  const days = Math.round((startOfDay(date) - startOfDay(now)) / 86_400_000);
  if (days === 0 || days === -1) {
    const word = relative.format(days, "day");
    return word.charAt(0).toUpperCase() + word.slice(1);
  }
  return date.getFullYear() === now.getFullYear() ? dayFormat.format(date) : dayYearFormat.format(date);
}

function startOfDay(d: Date): number {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}
