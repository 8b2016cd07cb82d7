import { useCallback, useEffect, useState } from "react";
import { adminError } from "../useAction";
import type { AdminStats } from "../../client/types";
import type { AdminApi } from "../adminApi";
import { at, type AdminKey } from "../strings";

const TILES: Array<[AdminKey, keyof AdminStats]> = [
  ["statUsers", "users"],
  ["statActiveUsers", "activeUsers"],
  ["statRooms", "rooms"],
  ["statMessagesToday", "messagesToday"],
  ["statSessions", "sessionsOnline"],
];

/** The numbers of the app at a glance (`GET /v1/admin/stats`). */
export function Dashboard({ api }: { api: AdminApi }) {
  const [stats, setStats] = useState<AdminStats | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    setError(null);
    api.stats().then(setStats, (e: unknown) => setError(adminError(e)));
  }, [api]);
  useEffect(load, [load]);

  return (
    <section aria-labelledby="admin-dashboard">
      <div className="parley-admin-heading">
        <h1 id="admin-dashboard">{at("dashboard")}</h1>
        <button type="button" className="parley-button" onClick={load}>
          {at("refresh")}
        </button>
      </div>
      {error && (
        <p className="parley-error" role="alert">
          {error}
        </p>
      )}
      {stats && (
        <dl className="parley-admin-stats">
          {TILES.map(([label, key]) => (
            <div key={key} className="parley-admin-stat">
              <dt>{at(label)}</dt>
              <dd>{new Intl.NumberFormat().format(stats[key] as number)}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
