import { useEffect, useMemo, useRef, useSyncExternalStore } from "react";
import { expiresAt, type Attachment } from "../../client";
import { useChat } from "../hooks/chat";

/**
 * An attachment whose signed links keep working while it is shown: fresh links are asked for
 * a little before the shown ones expire (a quarter of the link lifetime, at most a minute),
 * and `renew` asks at once (for an image that failed to load). Without the server's answer
 * the attachment keeps its links.
 */
export function useFreshAttachment(attachment: Attachment): { attachment: Attachment; renew: () => void } {
  const { client, config } = useChat();
  const links = client.fileLinks;
  const version = useSyncExternalStore(links.subscribe, links.version);
  const current = useMemo(() => links.current(attachment), [links, attachment, version]);
  const renewedFor = useRef<string | undefined>(undefined);
  const id = attachment.id;
  const ahead = Math.min(60_000, config.files.linkLifetimeSeconds * 250);

  useEffect(() => {
    const expires = expiresAt(current.url);
    // a renewal that brought no later link (the clock is off, or the file is gone) is not repeated by timer
    if (!id || expires === undefined || renewedFor.current === current.url) return;
    const timer = setTimeout(() => {
      renewedFor.current = current.url;
      links.renew(id);
    }, Math.max(0, expires - ahead - Date.now()));
    return () => clearTimeout(timer);
  }, [links, id, current.url, ahead]);

  const renew = useMemo(() => () => (id ? links.renew(id) : undefined), [links, id]);
  return { attachment: current, renew };
}
