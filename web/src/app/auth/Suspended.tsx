import { useId } from "react";
import { exactTime } from "../i18n/format";
import { t } from "../i18n/t";
import type { Suspension } from "./suspension";

/** The whole page when the user is banned from the app: what happened, until when and why, and a way out (sign out). */
export function Suspended({ suspension, onSignOut }: { suspension: Suspension; onSignOut: () => void }) {
  const titleId = useId();
  return (
    <main className="parley-centered">
      <section className="parley-signin-card parley-suspended" aria-labelledby={titleId}>
        <h1 id={titleId}>{t("suspendedTitle")}</h1>
        <p role="alert">{t("suspendedText")}</p>
        <p>{suspension.until ? t("suspendedUntil", { when: exactTime(suspension.until) }) : t("suspendedNoEnd")}</p>
        {suspension.reason && <p>{t("suspendedReason", { reason: suspension.reason })}</p>}
        <button type="button" className="parley-button parley-button-primary" onClick={onSignOut}>
          {t("signOut")}
        </button>
      </section>
    </main>
  );
}
