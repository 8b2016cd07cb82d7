import { useEffect, useRef, useState } from "react";
import type { AdminApi } from "./adminApi";

/**
 * The names of these rooms, each asked once (`GET /v1/rooms/{roomId}`); a room without a name,
 * or one that could not be read (deleted since), stays out of the map and is shown by its id.
 */
export function useRoomNames(api: AdminApi, roomIds: readonly string[]): ReadonlyMap<string, string> {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const asked = useRef(new Set<string>());
  const wanted = [...new Set(roomIds)].filter((id) => !asked.current.has(id)).join(" ");

  useEffect(() => {
    if (!wanted) return;
    for (const id of wanted.split(" ")) {
      asked.current.add(id);
      api
        .room(id)
        .then(({ name }) => {
          if (name) setNames((old) => new Map(old).set(id, name));
        })
        .catch(() => undefined);
    }
  }, [api, wanted]);

  return names;
}
