import { useEffect, useState } from "react";
import { useClientState } from "../hooks/chat";
import { t } from "../i18n/t";

/** A slim banner while the connection is down or catching up; gone once resynced. */
export function ConnectionBanner() {
  const state = useClientState((c) => c.getState());
  const [wasOnline, setWasOnline] = useState(false);
  const [slowStart, setSlowStart] = useState(false);
  useEffect(() => {
    if (state === "online") setWasOnline(true);
  }, [state]);
  useEffect(() => {
    // on the first connect, only show the banner if it takes a while
    const timer = setTimeout(() => setSlowStart(true), 1_500);
    return () => clearTimeout(timer);
  }, []);
  if (state === "online" || state === "stopped" || state === "unauthorized" || state === "idle") return null;
  if (!wasOnline && !slowStart) return null;
  const text = wasOnline ? (state === "syncing" ? t("syncing") : t("reconnecting")) : t("connecting");
  return (
    <div className="parley-banner" role="status" data-testid="connection-banner">
      {text}
    </div>
  );
}
