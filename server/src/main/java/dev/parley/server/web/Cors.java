package dev.parley.server.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/**
 * Cross-origin API calls from the pages of {@code web.allowed-origins}: {@code /v1/…} and
 * {@code /chat/config} answer those origins (preflight included) with bearer-token requests
 * allowed. No cookies are involved, so credentials are never allowed.
 */
public final class Cors {
    private final List<String> allowed;

    public Cors(List<String> allowedOrigins) {
        this.allowed = allowedOrigins.stream().map(origin -> origin.toLowerCase(Locale.ROOT)).toList();
    }

    /** Runs before every route: adds the CORS headers, and answers a preflight on its own. */
    public void before(Context ctx) {
        String path = ctx.path();
        if (!path.startsWith("/v1/") && !path.equals("/chat/config")) {
            return;
        }
        String origin = ctx.header("Origin");
        if (origin == null || !allows(origin)) {
            return;
        }
        ctx.header("Access-Control-Allow-Origin", origin);
        ctx.header("Vary", "Origin");
        if ("OPTIONS".equals(ctx.method().name()) && ctx.header("Access-Control-Request-Method") != null) {
            ctx.header("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE");
            ctx.header("Access-Control-Allow-Headers", "Authorization, Content-Type");
            ctx.header("Access-Control-Max-Age", "600");
            ctx.status(204);
            ctx.skipRemainingHandlers();
        }
    }

    boolean allows(String origin) {
        String candidate = origin.toLowerCase(Locale.ROOT);
        for (String pattern : allowed) {
            if (pattern.equals("*") || pattern.equals(candidate) || matchesWildcard(pattern, candidate)) {
                return true;
            }
        }
        return false;
    }

    /** {@code https://*.example.com} matches {@code https://a.example.com} (any depth), not the bare domain. */
    private static boolean matchesWildcard(String pattern, String origin) {
        int star = pattern.indexOf("://*.");
        if (star < 0) {
            return false;
        }
        String scheme = pattern.substring(0, star + 3);
        String suffix = pattern.substring(star + 4);
        return origin.startsWith(scheme) && origin.endsWith(suffix) && origin.length() > scheme.length() + suffix.length();
    }
}
