import { useState } from "react";
import { Dialog } from "../../app/common/Dialog";
import { useConfirm } from "../../app/common/useConfirm";
import { adminError } from "../useAction";
import type { AppRole, User } from "../../client/types";
import type { AdminApi } from "../adminApi";
import { at } from "../strings";
import { useAction } from "../useAction";
import { usePaged } from "../usePaged";
import { saveBlob } from "../download";
import { BanDialog } from "./BanDialog";
import { EraseDialog } from "./EraseDialog";
import { Failure, Field, ListFooter, Notice, SearchForm } from "./SearchForm";

const ROLES: AppRole[] = ["user", "admin", "guest", "bot"];

/**
 * Every user, deactivated ones too: set the app role, deactivate or reactivate, reset a password,
 * ban from the app or lift the ban, delete all their messages, export their data or erase them.
 */
export function UsersPage({ api, selfId }: { api: AdminApi; selfId: string }) {
  const [search, setSearch] = useState("");
  const list = usePaged((cursor) => api.users(search.trim(), cursor));
  const { notice, setNotice, failure, act } = useAction();
  const [resetting, setResetting] = useState<User | null>(null);
  const [banning, setBanning] = useState<User | null>(null);
  const [erasing, setErasing] = useState<User | null>(null);
  const { confirm, dialog } = useConfirm();

  const replace = (user: User) => list.setItems((items) => items.map((u) => (u.id === user.id ? user : u)));
  const setRole = (user: User, role: AppRole) =>
    act(async () => {
      replace(await api.updateUser(user.id, { role }));
      return at("roleSet", { user: user.name, role });
    });
  const setActive = (user: User, active: boolean) =>
    act(async () => {
      if (!active && !(await confirm(at("confirmDeactivate", { user: user.name }), at("deactivate")))) return "";
      replace(await api.updateUser(user.id, { active }));
      return at(active ? "reactivatedNotice" : "deactivatedNotice", { user: user.name });
    });
  const liftBan = (user: User) =>
    act(async () => {
      await api.liftAppBan(user.id);
      return at("appBanLifted", { user: user.name });
    });
  const deleteAll = (user: User) =>
    act(async () => {
      if (!(await confirm(at("confirmDeleteAll", { user: user.name }), at("deleteAllMessages")))) return "";
      const { deleted } = await api.deleteAllMessages(user.id);
      return at("allDeleted", { count: deleted, user: user.name });
    });

  const exportData = (user: User) =>
    act(async () => {
      saveBlob(await api.exportUser(user.id), `parley-user-${user.id}.json`);
      return at("exported", { user: user.name });
    });

  return (
    <section aria-labelledby="admin-users">
      <h1 id="admin-users">{at("users")}</h1>
      <SearchForm onSearch={() => void list.reload()}>
        <Field label={at("searchUsers")} value={search} onChange={setSearch} />
      </SearchForm>
      <Notice text={notice} />
      <Failure text={failure} />
      <table className="parley-admin-table">
        <thead>
          <tr>
            <th scope="col">{at("userColumn")}</th>
            <th scope="col">{at("roleColumn")}</th>
            <th scope="col">{at("statusColumn")}</th>
            <th scope="col">{at("actionsColumn")}</th>
          </tr>
        </thead>
        <tbody>
          {list.items.map((user) => (
            <tr key={user.id} data-user-id={user.id}>
              <td>
                <strong>{user.name}</strong> <span className="parley-muted">{user.id}</span>
              </td>
              <td>
                <select
                  aria-label={at("roleOf", { user: user.name })}
                  value={user.role}
                  disabled={user.id === selfId}
                  onChange={(e) => void setRole(user, e.target.value as AppRole)}
                >
                  {ROLES.map((role) => (
                    <option key={role} value={role}>
                      {role}
                    </option>
                  ))}
                </select>
              </td>
              <td>{user.active ? at("active") : at("deactivated")}</td>
              <td className="parley-admin-actions">
                {user.id !== selfId && (
                  <button type="button" className="parley-button" onClick={() => void setActive(user, !user.active)}>
                    {user.active ? at("deactivate") : at("reactivate")}
                  </button>
                )}
                <button type="button" className="parley-button" onClick={() => setResetting(user)}>
                  {at("resetPassword")}
                </button>
                {user.id !== selfId && (
                  <>
                    <button type="button" className="parley-button" onClick={() => setBanning(user)}>
                      {at("banFromApp")}
                    </button>
                    <button type="button" className="parley-button" onClick={() => void liftBan(user)}>
                      {at("liftBan")}
                    </button>
                  </>
                )}
                <button type="button" className="parley-button parley-danger" onClick={() => void deleteAll(user)}>
                  {at("deleteAllMessages")}
                </button>
                <button type="button" className="parley-button" onClick={() => void exportData(user)}>
                  {at("exportData")}
                </button>
                {user.id !== selfId && (
                  <button type="button" className="parley-button parley-danger" onClick={() => setErasing(user)}>
                    {at("erase")}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ListFooter error={list.error} empty={list.items.length === 0} hasMore={list.hasMore} busy={list.busy} onMore={() => void list.more()} />
      {resetting && (
        <PasswordDialog
          api={api}
          user={resetting}
          onDone={(message) => {
            setResetting(null);
            if (message) setNotice(message);
          }}
        />
      )}
      {banning && (
        <BanDialog
          api={api}
          user={banning}
          onDone={(message) => {
            setBanning(null);
            if (message) setNotice(message);
          }}
        />
      )}
      {erasing && (
        <EraseDialog
          api={api}
          user={erasing}
          onDone={(erased) => {
            if (erased) {
              replace(erased.user);
              setNotice(at("erasedNotice", { user: erasing.name, count: erased.messagesDeleted }));
            }
            setErasing(null);
          }}
        />
      )}
      {dialog}
    </section>
  );
}

function PasswordDialog({ api, user, onDone }: { api: AdminApi; user: User; onDone: (message: string | null) => void }) {
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.resetPassword(user.id, password);
      onDone(at("passwordSet", { user: user.name }));
    } catch (e) {
      setError(adminError(e));
      setBusy(false);
    }
  };
  return (
    <Dialog title={at("newPasswordFor", { user: user.name })} submitLabel={at("setPassword")} busy={busy} error={error} onSubmit={() => void submit()} onClose={() => onDone(null)}>
      <label className="parley-admin-field">
        <span>{at("setPassword")}</span>
        <input type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />
      </label>
    </Dialog>
  );
}
