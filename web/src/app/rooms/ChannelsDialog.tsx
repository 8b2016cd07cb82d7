import { useEffect, useId, useState } from "react";
import type { Room } from "../../client";
import { Dialog } from "../common/Dialog";
import { useChat } from "../hooks/chat";
import { errorMessage, t } from "../i18n/t";

/** Finds public channels by name; joining one adds the user and opens it. */
export function ChannelsDialog({ onClose, onOpened }: { onClose: () => void; onOpened: (roomId: string) => void }) {
  const { client } = useChat();
  const [query, setQuery] = useState("");
  const [channels, setChannels] = useState<Room[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputId = useId();

  const search = async (q: string) => {
    setError(null);
    try {
      setChannels((await client.rest.listChannels(q.trim())).items);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  useEffect(() => {
    void search("");
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the first page once
  }, []);

  const join = async (channel: Room) => {
    setBusy(true);
    try {
      if (!client.getRoom(channel.id)) {
        await client.rest.addMembers(channel.id, [client.userId]);
        await client.refreshRoom(channel.id);
      }
      onOpened(channel.id);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Dialog title={t("browseChannelsTitle")} submitLabel={t("search")} error={error} onSubmit={() => void search(query)} onClose={onClose}>
      <label htmlFor={inputId}>{t("channelSearchLabel")}</label>
      <input id={inputId} type="search" value={query} autoFocus autoComplete="off" onChange={(e) => setQuery(e.target.value)} />
      {channels && channels.length === 0 && <p className="parley-muted">{t("noChannels")}</p>}
      {channels && channels.length > 0 && (
        <ul className="parley-channel-list">
          {channels.map((c) => {
            const member = c.role !== undefined || client.getRoom(c.id) !== undefined;
            const name = c.name ?? c.id;
            return (
              <li key={c.id}>
                <span className="parley-channel-name">
                  {name}
                  {c.topic ? <span className="parley-muted"> · {c.topic}</span> : null}
                </span>
                <button type="button" className="parley-button" disabled={busy} onClick={() => void join(c)}>
                  {member ? t("open", { name }) : t("join", { name })}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </Dialog>
  );
}
