import { useEffect, useState } from "react";
import { t } from "../app/i18n/t";
import type { AdminApi } from "./adminApi";
import { ApiKeyPage } from "./pages/ApiKeyPage";
import { AuditPage } from "./pages/AuditPage";
import { Dashboard } from "./pages/Dashboard";
import { FlagsPage } from "./pages/FlagsPage";
import { GrantsPage } from "./pages/GrantsPage";
import { RoomDetail } from "./pages/RoomDetail";
import { RoomsPage } from "./pages/RoomsPage";
import { ThemePage } from "./pages/ThemePage";
import { UsersPage } from "./pages/UsersPage";
import { WebhookDeliveries } from "./pages/WebhookDeliveries";
import { WebhooksPage } from "./pages/WebhooksPage";
import { parseRoute, routeHref, type Route } from "./route";
import { at } from "./strings";

const SECTIONS = [
  { page: "dashboard", label: at("dashboard") },
  { page: "users", label: at("users") },
  { page: "rooms", label: at("rooms") },
  { page: "flags", label: at("flags") },
  { page: "audit", label: at("audit") },
  { page: "grants", label: at("grants") },
  { page: "webhooks", label: at("webhooks") },
  { page: "theme", label: at("theme") },
  { page: "api-key", label: at("apiKey") },
] as const;

/** The panel's frame: the section navigation (hash routes, so reloads and the back button work) and the open section. */
export function AdminShell({ api, user, onSignOut }: { api: AdminApi; user: { id: string; name: string }; onSignOut: () => void }) {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(location.hash));
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, []);
  const section = route.page === "room" ? "rooms" : route.page === "webhook" ? "webhooks" : route.page;

  return (
    <div className="parley-admin">
      <header className="parley-app-header parley-admin-header">
        <span className="parley-app-name">{at("title")}</span>
        <span className="parley-muted">{user.name}</span>
        <a className="parley-link-button" href="/">
          {at("backToChat")}
        </a>
        <button type="button" className="parley-link-button" onClick={onSignOut}>
          {t("signOut")}
        </button>
      </header>
      <nav className="parley-admin-nav" aria-label={at("nav")}>
        {SECTIONS.map((s) => (
          <a key={s.page} href={routeHref({ page: s.page })} aria-current={section === s.page ? "page" : undefined}>
            {s.label}
          </a>
        ))}
      </nav>
      <main className="parley-admin-main">
        {route.page === "dashboard" && <Dashboard api={api} />}
        {route.page === "users" && <UsersPage api={api} selfId={user.id} />}
        {route.page === "rooms" && <RoomsPage api={api} />}
        {route.page === "room" && <RoomDetail key={route.roomId} api={api} roomId={route.roomId} />}
        {route.page === "flags" && <FlagsPage api={api} />}
        {route.page === "audit" && <AuditPage api={api} />}
        {route.page === "grants" && <GrantsPage api={api} />}
        {route.page === "webhooks" && <WebhooksPage api={api} />}
        {route.page === "webhook" && <WebhookDeliveries key={route.webhookId} api={api} webhookId={route.webhookId} />}
        {route.page === "theme" && <ThemePage api={api} />}
        {route.page === "api-key" && <ApiKeyPage api={api} />}
      </main>
    </div>
  );
}
