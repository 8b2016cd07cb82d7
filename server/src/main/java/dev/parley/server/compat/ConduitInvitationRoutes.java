package dev.parley.server.compat;

import dev.parley.core.auth.Actor;
import dev.parley.core.error.ParleyException;
import dev.parley.core.invitation.Invitation;
import dev.parley.core.invitation.InvitationService;
import dev.parley.server.auth.Authenticator;
import dev.parley.server.routing.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.Function;

/**
 * The Conduit chat module's invitation routes (its {@code explicit_room_joins}), on Parley's
 * invitations: the pending ones received or sent, with {@code skip}/{@code limit} paging, an
 * answer by id, and a cancel by the inviter. Conduit's e-mail hook
 * ({@code /hook/chat/invitations/…}, answered by a token from an e-mail) is not served.
 */
public final class ConduitInvitationRoutes implements Routes {
    private final Authenticator authenticator;
    private final InvitationService invitations;

    public ConduitInvitationRoutes(Authenticator authenticator, InvitationService invitations) {
        this.authenticator = authenticator;
        this.invitations = invitations;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/chat/invitations/received", this::received);
        routes.get("/chat/invitations/sent", this::sent);
        routes.get("/chat/invitations/{answer}/{id}", this::answer);
        routes.delete("/chat/invitations/cancel/{id}", this::cancel);
    }

    private void received(Context ctx) {
        Actor actor = authenticator.user(ctx).actor();
        ctx.json(page(ctx, invitations.received(actor), ConduitViews.ReceivedInvitation::of));
    }

    private void sent(Context ctx) {
        Actor actor = authenticator.user(ctx).actor();
        ctx.json(page(ctx, invitations.sent(actor), ConduitViews.SentInvitation::of));
    }

    /** {@code count} is every pending invitation, the page aside (Conduit counts the page). */
    private static ConduitViews.Invitations page(Context ctx, List<Invitation> all, Function<Invitation, ?> view) {
        int skip = ConduitRequests.number(ctx, "skip", 0, Integer.MAX_VALUE);
        int limit = ConduitRequests.number(ctx, "limit", InvitationService.MAX_LISTED, InvitationService.MAX_LISTED);
        return new ConduitViews.Invitations(all.stream().skip(skip).limit(limit).map(view).toList(), all.size());
    }

    private void answer(Context ctx) {
        Actor actor = authenticator.user(ctx).actor();
        String id = ctx.pathParam("id");
        switch (ctx.pathParam("answer")) {
            case "accept" -> {
                invitations.accept(actor, id);
                ctx.json(new ConduitViews.Result("Invitation accepted"));
            }
            case "decline" -> {
                invitations.decline(actor, id);
                ctx.json(new ConduitViews.Result("Invitation declined"));
            }
            default -> throw ParleyException.invalid("answer must be accept or decline");
        }
    }

    private void cancel(Context ctx) {
        invitations.cancel(authenticator.user(ctx).actor(), ctx.pathParam("id"));
        ctx.json(new ConduitViews.Result("Invitation canceled successfully"));
    }
}
