package dev.parley.server.admin;

import dev.parley.core.admin.AdminStatsService;
import dev.parley.protocol.rest.AdminStats;
import dev.parley.server.routing.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code GET /v1/admin/stats}: the admin dashboard's numbers. */
public final class AdminStatsRoutes implements Routes {
    /** Each node counts the sessions open on it; the answer says so. */
    private static final String SESSIONS_SCOPE = "node";

    private final AdminGate gate;
    private final AdminStatsService stats;

    public AdminStatsRoutes(AdminGate gate, AdminStatsService stats) {
        this.gate = gate;
        this.stats = stats;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/v1/admin/stats", this::stats);
    }

    private void stats(Context ctx) {
        var d = stats.dashboard(gate.actor(ctx));
        ctx.header("Cache-Control", "no-store").json(new AdminStats(d.users(), d.activeUsers(), d.rooms(),
                d.messagesToday(), d.dayStart(), d.sessionsOnNode(), SESSIONS_SCOPE));
    }
}
