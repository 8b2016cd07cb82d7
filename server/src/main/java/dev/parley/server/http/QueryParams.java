package dev.parley.server.http;

import dev.parley.core.error.ParleyException;
import dev.parley.core.page.PageRequest;
import io.javalin.http.Context;

/** Query parameters: numbers that must be numbers, and the {@code limit}/{@code cursor} pair. */
public final class QueryParams {
    private QueryParams() {
    }

    public static PageRequest page(Context ctx) {
        return new PageRequest(limit(ctx), ctx.queryParam("cursor"));
    }

    static int limit(Context ctx) {
        Long limit = optionalLong(ctx, "limit");
        if (limit == null) {
            return PageRequest.DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
            throw ParleyException.invalid("limit must be between 1 and " + PageRequest.MAX_LIMIT);
        }
        return limit.intValue();
    }

    static Long optionalLong(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null) {
            return null;
        }
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ParleyException.invalid(name + " must be a whole number");
        }
    }

    /** An ISO-8601 UTC time such as {@code 2026-01-31T09:00:00Z}; absent or empty is null. */
    public static java.time.Instant time(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            return java.time.Instant.parse(raw);
        } catch (java.time.format.DateTimeParseException e) {
            throw ParleyException.invalid(name + " must be an ISO-8601 UTC time such as 2026-01-31T09:00:00Z");
        }
    }

    /** {@code true} or {@code false}; absent is false. */
    static boolean flag(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.equals("false")) {
            return false;
        }
        if (raw.equals("true")) {
            return true;
        }
        throw ParleyException.invalid(name + " must be true or false");
    }
}
