package dev.parley.server.http;

import io.javalin.http.Context;

/**
 * The address a request comes from, for sign-in throttling: the connection's peer, or — when
 * {@code http.trust-forwarded-for} says a reverse proxy sets it — the last entry of
 * {@code X-Forwarded-For}, the one that proxy added. Earlier entries are whatever the client sent
 * and are never trusted.
 */
public final class ClientAddress {
    private final boolean trustForwardedFor;

    public ClientAddress(boolean trustForwardedFor) {
        this.trustForwardedFor = trustForwardedFor;
    }

    public String of(Context ctx) {
        if (trustForwardedFor) {
            String forwarded = ctx.header("X-Forwarded-For");
            if (forwarded != null) {
                String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).trim();
                if (!last.isEmpty() && last.length() <= 64) {
                    return last;
                }
            }
        }
        return ctx.req().getRemoteAddr();
    }
}
