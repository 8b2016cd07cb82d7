package dev.parley.server.compat;

import dev.parley.core.error.ParleyException;
import io.javalin.http.Context;
import java.util.List;

/** The request bodies and query parameters of the Conduit routes. */
final class ConduitRequests {
    private ConduitRequests() {
    }

    record CreateRoom(String roomName, List<String> users) {
    }

    record Users(List<String> users) {
    }

    record EditMessage(String newMessage) {
    }

    /** Conduit requires a non-empty {@code users} array where it takes one. */
    static List<String> users(List<String> users) {
        if (users == null || users.isEmpty()) {
            throw ParleyException.invalid("users is required and must be a non-empty array");
        }
        return users;
    }

    /** A whole number ≥ 0 from the query, or {@code fallback} when absent. */
    static int number(Context ctx, String name, int fallback, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value < 0 || value > max) {
                throw ParleyException.invalid(name + " must be between 0 and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ParleyException.invalid(name + " must be a whole number");
        }
    }
}
