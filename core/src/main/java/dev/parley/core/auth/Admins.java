package dev.parley.core.auth;

import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;

/** The app admins' door: admin routes and actions are theirs (a user with app role admin, or the API secret). */
public final class Admins {
    private Admins() {
    }

    /** Throws 403 {@code forbidden} unless the actor is an app admin. */
    public static void check(Actor actor, String what) {
        if (!actor.isAdmin()) {
            throw new ParleyException(ErrorCode.FORBIDDEN, "only app admins may " + what);
        }
    }
}
