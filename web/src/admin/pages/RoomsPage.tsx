import { useState } from "react";
import { formatTime } from "../format";
import type { RoomType } from "../../client/types";
import type { AdminApi } from "../adminApi";
import { routeHref } from "../route";
import { at } from "../strings";
import { usePaged } from "../usePaged";
import { Field, ListFooter, SearchForm } from "./SearchForm";

/** Every room, found by a part of its name, its type or a member; open one to read and moderate it. */
export function RoomsPage({ api }: { api: AdminApi }) {
  const [name, setName] = useState("");
  const [type, setType] = useState<RoomType | "">("");
  const [member, setMember] = useState("");
  const list = usePaged((cursor) => api.rooms(name.trim(), type, cursor, member.trim()));

  return (
    <section aria-labelledby="admin-rooms">
      <h1 id="admin-rooms">{at("rooms")}</h1>
      <SearchForm onSearch={() => void list.reload()}>
        <Field label={at("searchRoomsLabel")} value={name} onChange={setName} />
        <label className="parley-admin-field">
          <span>{at("typeLabel")}</span>
          <select value={type} onChange={(e) => setType(e.target.value as RoomType | "")}>
            <option value="">{at("anyType")}</option>
            <option value="channel">{at("typeChannel")}</option>
            <option value="group">{at("typeGroup")}</option>
            <option value="direct">{at("typeDirect")}</option>
          </select>
        </label>
        <Field label={at("memberLabel")} value={member} onChange={setMember} />
      </SearchForm>
      <table className="parley-admin-table">
        <thead>
          <tr>
            <th scope="col">{at("nameColumn")}</th>
            <th scope="col">{at("typeLabel")}</th>
            <th scope="col">{at("membersColumn")}</th>
            <th scope="col">{at("lastActivityColumn")}</th>
          </tr>
        </thead>
        <tbody>
          {list.items.map((room) => (
            <tr key={room.id}>
              <td>
                <a href={routeHref({ page: "room", roomId: room.id })}>{room.name || at("unnamedRoom")}</a>
              </td>
              <td>{room.type}</td>
              <td>{room.memberCount}</td>
              <td>{formatTime(room.lastActivityAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ListFooter error={list.error} empty={list.items.length === 0} hasMore={list.hasMore} busy={list.busy} onMore={() => void list.more()} />
    </section>
  );
}
