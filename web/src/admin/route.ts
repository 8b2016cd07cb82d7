/** The panel's sections as hash routes: `#/users`, `#/rooms`, `#/rooms/{roomId}`, `#/webhooks/{webhookId}`, `#/api-key`, … (`#/` is the dashboard). */
export type Route =
  | { page: "dashboard" | "users" | "rooms" | "flags" | "audit" | "grants" | "webhooks" | "theme" | "api-key" }
  | { page: "room"; roomId: string }
  | { page: "webhook"; webhookId: string };

type Section = "users" | "rooms" | "flags" | "audit" | "grants" | "webhooks" | "theme" | "api-key";
const PAGES = new Set<string>(["users", "rooms", "flags", "audit", "grants", "webhooks", "theme", "api-key"]);

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, "").split("/").filter(Boolean);
  if (parts[0] === "rooms" && parts[1]) return { page: "room", roomId: decodeURIComponent(parts[1]) };
  if (parts[0] === "webhooks" && parts[1]) return { page: "webhook", webhookId: decodeURIComponent(parts[1]) };
  if (parts[0] && PAGES.has(parts[0])) return { page: parts[0] as Section };
  return { page: "dashboard" };
}

export function routeHref(route: Route): string {
  if (route.page === "room") return `#/rooms/${encodeURIComponent(route.roomId)}`;
  if (route.page === "webhook") return `#/webhooks/${encodeURIComponent(route.webhookId)}`;
  return route.page === "dashboard" ? "#/" : `#/${route.page}`;
}
