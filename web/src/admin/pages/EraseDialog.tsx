import { useState } from "react";
import { Dialog } from "../../app/common/Dialog";
import type { User } from "../../client/types";
import type { AdminApi, ErasedMessages, UserErased } from "../adminApi";
import { at } from "../strings";
import { adminError } from "../useAction";

/** Erases a user after the admin chose, by name, what happens to their messages. */
export function EraseDialog({ api, user, onDone }: { api: AdminApi; user: User; onDone: (erased: UserErased | null) => void }) {
  const [messages, setMessages] = useState<ErasedMessages>("delete");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      onDone(await api.eraseUser(user.id, messages));
    } catch (e) {
      setError(adminError(e));
      setBusy(false);
    }
  };
  return (
    <Dialog
      title={at("eraseTitle", { user: user.name, id: user.id })}
      submitLabel={at(messages === "delete" ? "eraseSubmitDelete" : "eraseSubmitAnonymise")}
      busy={busy}
      error={error}
      onSubmit={() => void submit()}
      onClose={() => onDone(null)}
    >
      <p>{at("eraseExplain", { user: user.name })}</p>
      <fieldset className="parley-admin-field">
        <legend>{at("eraseMessagesLegend")}</legend>
        {(["delete", "anonymise"] as const).map((choice) => (
          <label key={choice}>
            <input type="radio" name="erase-messages" value={choice} checked={messages === choice} onChange={() => setMessages(choice)} />{" "}
            {at(choice === "delete" ? "eraseDelete" : "eraseAnonymise")}
          </label>
        ))}
      </fieldset>
    </Dialog>
  );
}
