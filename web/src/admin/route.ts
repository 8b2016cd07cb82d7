/** The panel's sections as hash routes: `#/users`, `#/rooms`, `#/rooms/{roomId}`, `#/api-key`, … (`#/` is the dashboard). */
export type Route =
  | { page: "dashboard" | "users" | "rooms" | "flags" | "audit" | "grants" | "api-key" }
  | { page: "room"; roomId: string };

const PAGES = new Set(["users", "rooms", "flags", "audit", "grants", "api-key"]);

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, "").split("/").filter(Boolean);
  if (parts[0] === "rooms" && parts[1]) return { page: "room", roomId: decodeURIComponent(parts[1]) };
  if (parts[0] && PAGES.has(parts[0])) return { page: parts[0] as "users" | "rooms" | "flags" | "audit" | "grants" | "api-key" };
  return { page: "dashboard" };
}

export function routeHref(route: Route): string {
  if (route.page === "room") return `#/rooms/${encodeURIComponent(route.roomId)}`;
  return route.page === "dashboard" ? "#/" : `#/${route.page}`;
}
