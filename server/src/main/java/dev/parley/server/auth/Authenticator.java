package dev.parley.server.auth;

import dev.parley.core.auth.AuthService;
import dev.parley.core.auth.Credential;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import io.javalin.http.Context;

/**
 * Checks the {@code Authorization: Bearer …} header: the API secret on server routes, a user
 * token on user routes. Any other credential, or the wrong kind, is a 401.
 */
public final class Authenticator {
    private static final String CREDENTIAL = "parley.credential";
    private final ApiSecrets api;
    private final AuthService auth;

    public Authenticator(ApiSecrets api, AuthService auth) {
        this.api = api;
        this.auth = auth;
    }

    /** Requires the API secret. */
    public void server(Context ctx) {
        String presented = bearer(ctx);
        if (!api.isSecret(presented)) {
            refuseRetired(presented);
            throw new ParleyException(ErrorCode.UNAUTHENTICATED, "server routes need the API secret");
        }
    }

    /** Whether the request carries the API secret (routes open to both kinds of credential branch on it). */
    public boolean isServer(Context ctx) {
        return api.isSecret(bearer(ctx));
    }

    /** Requires a valid user token; the result is cached on the request. */
    public Credential user(Context ctx) {
        Credential cached = ctx.attribute(CREDENTIAL);
        if (cached != null) {
            return cached;
        }
        String token = bearer(ctx);
        if (api.isSecret(token)) {
            throw new ParleyException(ErrorCode.UNAUTHENTICATED, "user routes need a user token, not the API secret");
        }
        refuseRetired(token);
        Credential credential = auth.authenticate(token);
        ctx.attribute(CREDENTIAL, credential);
        return credential;
    }

    /** A clear 401 for the API secret a rotation replaced, once its overlap window ended. */
    private void refuseRetired(String presented) {
        api.retiredAt(presented).ifPresent(until -> {
            throw new ParleyException(ErrorCode.UNAUTHENTICATED, "this API secret was replaced by a rotation and"
                    + " has not been accepted since " + until + "; use the new secret");
        });
    }

    /** True when the request carries an Authorization header at all. */
    public static boolean presentsCredential(Context ctx) {
        String header = ctx.header("Authorization");
        return header != null && !header.isBlank();
    }

    /** The bearer credential of a request that {@link #user} accepted. */
    public static String presentedToken(Context ctx) {
        return bearer(ctx);
    }

    private static String bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw new ParleyException(ErrorCode.UNAUTHENTICATED, "send Authorization: Bearer <credential>");
        }
        if (header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ParleyException(ErrorCode.UNAUTHENTICATED, "the Authorization header must use the Bearer scheme");
        }
        String credential = header.substring(7).trim();
        // Conduit's docs write the token in quotes (Bearer "…"); no credential contains them.
        return credential.length() > 1 && credential.startsWith("\"") && credential.endsWith("\"")
                ? credential.substring(1, credential.length() - 1) : credential;
    }
}
