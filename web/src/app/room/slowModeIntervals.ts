import { t } from "../i18n/t";

/** The intervals the slow-mode dialog offers, in seconds (0: off). */
export const SLOW_MODE_INTERVALS = [0, 5, 10, 30, 60, 300, 900, 3600];

/** An interval in words: whole hours or minutes as such, else seconds. */
export function intervalLabel(seconds: number): string {
  if (seconds === 0) return t("slowModeOff");
  if (seconds === 3600) return t("oneHour");
  if (seconds % 3600 === 0) return t("hours", { count: seconds / 3600 });
  if (seconds === 60) return t("oneMinute");
  if (seconds % 60 === 0) return t("minutes", { count: seconds / 60 });
  return t("seconds", { count: seconds });
}
