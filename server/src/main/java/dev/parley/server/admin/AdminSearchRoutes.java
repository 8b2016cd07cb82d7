package dev.parley.server.admin;

import dev.parley.core.admin.AdminMessageService;
import dev.parley.core.admin.AdminSearchService;
import dev.parley.core.admin.MessageSearch;
import dev.parley.core.admin.RoomSearch;
import dev.parley.core.auth.Admins;
import dev.parley.protocol.rest.DeleteMessagesRequest;
import dev.parley.protocol.rest.DeletedMessages;
import dev.parley.server.http.QueryParams;
import dev.parley.server.http.RequestBodies;
import dev.parley.server.protocol.WireMapper;
import dev.parley.server.routing.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code GET /v1/admin/rooms?query=&type=&memberId=}, {@code GET /v1/admin/messages?roomId=&userId=&query=&from=&to=}
 * and {@code DELETE /v1/admin/messages {ids}}: app admins find rooms and messages across the app and delete messages
 * in bulk.
 */
public final class AdminSearchRoutes implements Routes {
    private final AdminGate gate;
    private final RequestBodies bodies;
    private final AdminSearchService search;
    private final AdminMessageService messages;

    public AdminSearchRoutes(AdminGate gate, RequestBodies bodies, AdminSearchService search,
            AdminMessageService messages) {
        this.gate = gate;
        this.bodies = bodies;
        this.search = search;
        this.messages = messages;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/v1/admin/rooms", this::rooms);
        routes.get("/v1/admin/messages", this::messages);
        routes.delete("/v1/admin/messages", this::delete);
    }

    private void rooms(Context ctx) {
        var actor = gate.actor(ctx);
        var query = new RoomSearch(ctx.queryParam("query"), ctx.queryParam("type"), ctx.queryParam("memberId"));
        ctx.header("Cache-Control", "no-store")
                .json(WireMapper.page(search.rooms(actor, query, QueryParams.page(ctx)), WireMapper::room));
    }

    private void messages(Context ctx) {
        var actor = gate.actor(ctx);
        var query = new MessageSearch(ctx.queryParam("roomId"), ctx.queryParam("userId"), ctx.queryParam("query"),
                QueryParams.time(ctx, "from"), QueryParams.time(ctx, "to"));
        ctx.header("Cache-Control", "no-store")
                .json(WireMapper.page(search.messages(actor, query, QueryParams.page(ctx)), WireMapper::message));
    }

    private void delete(Context ctx) {
        var actor = gate.actor(ctx);
        Admins.check(actor, "delete messages across rooms"); // before reading the body: a non-admin learns nothing more
        var body = bodies.read(ctx, DeleteMessagesRequest.class);
        ctx.json(new DeletedMessages(messages.delete(actor, body.ids())));
    }
}
