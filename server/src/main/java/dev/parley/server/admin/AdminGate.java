package dev.parley.server.admin;

import dev.parley.core.auth.Actor;
import dev.parley.server.auth.Authenticator;
import io.javalin.http.Context;

/**
 * Who calls an admin route: the API secret (an app admin that is no user), else the user of
 * the token. Whether they are an app admin is the core's to check, so every transport and
 * tool refuses the same way.
 */
public final class AdminGate {
    private final Authenticator authenticator;

    public AdminGate(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    public Actor actor(Context ctx) {
        return authenticator.isServer(ctx) ? Actor.API_SECRET : authenticator.user(ctx).actor();
    }
}
