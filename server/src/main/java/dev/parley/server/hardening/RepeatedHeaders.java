package dev.parley.server.hardening;

import dev.parley.core.error.ParleyException;
import io.javalin.http.Context;
import java.util.Collections;
import java.util.List;

/**
 * Refuses (400) a request that repeats a header Parley reads one value of: a proxy that takes the
 * last {@code Authorization} and Parley the first would disagree about who is calling, and the
 * same for the body's {@code Content-Type}.
 */
public final class RepeatedHeaders {
    private static final List<String> SINGLE = List.of("Authorization", "Content-Type");

    private RepeatedHeaders() {
    }

    public static void check(Context ctx) {
        for (String name : SINGLE) {
            int count = Collections.list(ctx.req().getHeaders(name)).size();
            if (count > 1) {
                throw ParleyException.invalid("send one " + name + " header, not " + count);
            }
        }
    }
}
