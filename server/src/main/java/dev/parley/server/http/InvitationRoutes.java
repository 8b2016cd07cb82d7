package dev.parley.server.http;

import dev.parley.core.invitation.InvitationService;
import dev.parley.server.auth.Authenticator;
import dev.parley.server.protocol.WireMapper;
import dev.parley.server.routing.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Invitations to group rooms (explicit joins): the caller's pending ones, a room's, and the
 * invitee's answer. With {@code rooms.explicit-joins=false} nobody is ever invited and the
 * lists stay empty.
 */
public final class InvitationRoutes implements Routes {
    private final Authenticator authenticator;
    private final InvitationService invitations;

    public InvitationRoutes(Authenticator authenticator, InvitationService invitations) {
        this.authenticator = authenticator;
        this.invitations = invitations;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/v1/invitations", this::mine);
        routes.post("/v1/invitations/{invitationId}/accept", this::accept);
        routes.post("/v1/invitations/{invitationId}/decline", this::decline);
        routes.delete("/v1/invitations/{invitationId}", this::cancel);
        routes.get("/v1/rooms/{roomId}/invitations", this::ofRoom);
    }

    /** The pending invitations the caller received, or with {@code ?sent=true} those they sent. */
    private void mine(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        boolean sent = QueryParams.flag(ctx, "sent");
        ctx.json(WireMapper.invitations(sent ? invitations.sent(actor) : invitations.received(actor)));
    }

    private void accept(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        ctx.json(WireMapper.invitation(invitations.accept(actor, ctx.pathParam("invitationId"))));
    }

    private void decline(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        ctx.json(WireMapper.invitation(invitations.decline(actor, ctx.pathParam("invitationId"))));
    }

    private void cancel(Context ctx) {
        invitations.cancel(authenticator.user(ctx).actor(), ctx.pathParam("invitationId"));
        ctx.status(204);
    }

    private void ofRoom(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        ctx.json(WireMapper.invitations(invitations.pendingIn(actor, ctx.pathParam("roomId"))));
    }
}
