import { useCallback, useState } from "react";
import { errorMessage } from "../app/i18n/t";

/**
 * An admin action's outcome: `act(work)` runs it and shows the line it answers as the notice
 * (an empty line: nothing to say, e.g. a cancelled confirm), or the server's problem as the failure.
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
      setFailure(errorMessage(e));
    }
  }, []);
  return { notice, setNotice, failure, act };
}
