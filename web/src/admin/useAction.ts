import { useCallback, useState } from "react";
import { errorMessage, t } from "../app/i18n/t";

/**
 * An error as the panel says it: the app's sentence for its problem code, and where the app has
 * none, the generic sentence followed by the server's problem detail (admins need the reason).
 */
export function adminError(error: unknown): string {
  const message = errorMessage(error);
  const { detail } = (error ?? {}) as { detail?: unknown };
  return message === t("genericError") && typeof detail === "string" && detail ? `${message} (${detail})` : message;
}

/**
 * An admin action's outcome: `act(work)` runs it and shows the line it answers as the notice
 * (an empty line: nothing to say, e.g. a cancelled confirm), or what went wrong as the failure.
 */
export function useAction() {
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const act = useCallback(async (work: () => Promise<string>) => {
    setFailure(null);
    try {
      const said = await work();
      if (said) setNotice(said);
    } catch (e) {
      setNotice(null);
      setFailure(adminError(e));
    }
  }, []);
  return { notice, setNotice, failure, act };
}
