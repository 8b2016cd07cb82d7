import { useId, useState } from "react";
import type { UserCard } from "../../client";
import { Dialog } from "../common/Dialog";
import { useChat } from "../hooks/chat";
import { errorMessage, t } from "../i18n/t";
import { MemberPicker, pickedIds } from "../people/MemberPicker";

export { parseUserIds } from "../people/MemberPicker";

/** Creates a group: a name and, optionally, members picked by name or user ID. */
export function NewGroupDialog({ onClose, onOpened }: { onClose: () => void; onOpened: (roomId: string) => void }) {
  const { client, config } = useChat();
  const canChannel = config.features.channels && config.permissions.createChannels;
  const canGroup = config.features.groups && config.permissions.createGroups;
  const [channel, setChannel] = useState(!canGroup);
  const [name, setName] = useState("");
  const [members, setMembers] = useState("");
  const [picked, setPicked] = useState<UserCard[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const nameId = useId();
  const channelId = useId();

  const submit = async () => {
    if (!name.trim()) return setError(t("groupNameLabel"));
    setBusy(true);
    setError(null);
    try {
      const memberIds = pickedIds(picked, members).filter((id) => id !== client.userId);
      const room = await client.rest.createRoom({ type: channel ? "channel" : "group", name: name.trim(), memberIds });
      client.addRoom(room);
      onOpened(room.id);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Dialog title={t("newGroupTitle")} submitLabel={t("createGroup")} busy={busy} error={error} onSubmit={submit} onClose={onClose}>
      <label htmlFor={nameId}>{t("groupNameLabel")}</label>
      <input id={nameId} value={name} autoFocus maxLength={100} onChange={(e) => setName(e.target.value)} />
      <MemberPicker
        label={t("memberIdsLabel")}
        selected={picked}
        onSelectedChange={setPicked}
        query={members}
        onQueryChange={setMembers}
        exclude={[client.userId]}
      />
      {canChannel && canGroup && (
        <div className="parley-checkbox">
          <input id={channelId} type="checkbox" checked={channel} onChange={(e) => setChannel(e.target.checked)} />
          <label htmlFor={channelId}>{t("publicChannel")}</label>
        </div>
      )}
    </Dialog>
  );
}
