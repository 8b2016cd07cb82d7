package dev.parley.server.admin;

import dev.parley.core.apikey.ApiKeyService;
import dev.parley.core.apikey.ApiKeyStatus;
import dev.parley.core.auth.Admins;
import dev.parley.protocol.rest.ApiKeyState;
import dev.parley.protocol.rest.RotateApiSecretRequest;
import dev.parley.server.http.RequestBodies;
import dev.parley.server.routing.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code GET /v1/admin/api-key} (the key and the secret's age, never the secret) and
 * {@code POST /v1/admin/api-key/rotate} {@code {overlapHours?}} (a new secret, shown once).
 */
public final class ApiKeyRoutes implements Routes {
    private final AdminGate gate;
    private final RequestBodies bodies;
    private final ApiKeyService apiKeys;

    public ApiKeyRoutes(AdminGate gate, RequestBodies bodies, ApiKeyService apiKeys) {
        this.gate = gate;
        this.bodies = bodies;
        this.apiKeys = apiKeys;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/v1/admin/api-key", this::show);
        routes.post("/v1/admin/api-key/rotate", this::rotate);
    }

    private void show(Context ctx) {
        ctx.header("Cache-Control", "no-store").json(wire(apiKeys.status(gate.actor(ctx))));
    }

    private void rotate(Context ctx) {
        var actor = gate.actor(ctx);
        Admins.check(actor, "rotate the API secret");
        var body = bodies.readOptional(ctx, RotateApiSecretRequest.class);
        ctx.header("Cache-Control", "no-store").json(wire(apiKeys.rotate(actor, body.overlapHours())));
    }

    private static ApiKeyState wire(ApiKeyStatus status) {
        return new ApiKeyState(status.apiKey(), status.version(), status.secretCreatedAt(),
                status.previousSecretValidUntil(), status.newSecret());
    }
}
