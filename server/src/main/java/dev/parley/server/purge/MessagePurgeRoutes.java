package dev.parley.server.purge;

import dev.parley.core.purge.MessagePurgeService;
import dev.parley.protocol.rest.MessagesDeleted;
import dev.parley.server.admin.AdminGate;
import dev.parley.server.routing.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code DELETE /v1/admin/users/{userId}/messages?roomId=}: app admins delete all of a user's messages. */
public final class MessagePurgeRoutes implements Routes {
    private final AdminGate gate;
    private final MessagePurgeService purge;

    public MessagePurgeRoutes(AdminGate gate, MessagePurgeService purge) {
        this.gate = gate;
        this.purge = purge;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.delete("/v1/admin/users/{userId}/messages", this::deleteAll);
    }

    private void deleteAll(Context ctx) {
        long deleted = purge.deleteAllOf(gate.actor(ctx), ctx.pathParam("userId"), ctx.queryParam("roomId"));
        ctx.json(new MessagesDeleted(deleted));
    }
}
