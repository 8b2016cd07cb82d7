package dev.parley.core.page;

import dev.parley.core.error.ParleyException;

/** A request for one page of a list: at most {@code limit} items after an opaque position. */
public record PageRequest(int limit, String after) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ParleyException.invalid("limit must be between 1 and " + MAX_LIMIT);
        }
    }
}
