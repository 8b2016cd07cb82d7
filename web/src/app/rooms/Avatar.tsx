import { useChat } from "../hooks/chat";
import { initials } from "./roomName";

/**
 * A round avatar: the image when there is one (decorative: the name is next to it), else
 * initials. Uploaded avatars are links relative to the server, resolved against the API.
 */
export function Avatar({ name, url, size = 36, presence }: { name: string; url?: string | undefined; size?: number; presence?: "online" | "offline" | undefined }) {
  const { client } = useChat();
  const safe = client.resolveUrl(url);
  return (
    <span className="parley-avatar" style={{ width: size, height: size, fontSize: size * 0.4 }} aria-hidden="true">
      {safe ? <img src={safe} alt="" width={size} height={size} /> : initials(name)}
      {presence && <span className={`parley-presence parley-presence-${presence}`} />}
    </span>
  );
}
