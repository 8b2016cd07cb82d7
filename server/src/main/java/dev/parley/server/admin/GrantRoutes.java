package dev.parley.server.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.auth.Admins;
import dev.parley.core.grant.GrantService;
import dev.parley.core.grant.LiveGrants;
import dev.parley.server.http.RequestBodies;
import dev.parley.server.protocol.AdminWire;
import dev.parley.server.routing.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code GET} · {@code PUT /v1/admin/permissions}: the grants document, changed at run time by
 * app admins. The answer's {@code ETag} is the document's version (0: the config file's defaults).
 */
public final class GrantRoutes implements Routes {
    private final AdminGate gate;
    private final RequestBodies bodies;
    private final GrantService grants;

    public GrantRoutes(AdminGate gate, RequestBodies bodies, GrantService grants) {
        this.gate = gate;
        this.bodies = bodies;
        this.grants = grants;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/v1/admin/permissions", this::get);
        routes.put("/v1/admin/permissions", this::put);
    }

    private void get(Context ctx) {
        answer(ctx, grants.current(gate.actor(ctx)));
    }

    private void put(Context ctx) {
        var actor = gate.actor(ctx);
        Admins.check(actor, "change the grants"); // before reading the body: a non-admin learns nothing more
        var document = AdminWire.grants(GrantsBody.read(bodies.read(ctx, JsonNode.class)));
        answer(ctx, grants.replace(actor, document));
    }

    private static void answer(Context ctx, LiveGrants.Versioned versioned) {
        ctx.header("ETag", "\"" + versioned.version() + "\"").header("Cache-Control", "no-store")
                .json(AdminWire.grants(versioned.grants().document()));
    }
}
