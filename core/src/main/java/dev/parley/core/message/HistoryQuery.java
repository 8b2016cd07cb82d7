package dev.parley.core.message;

import dev.parley.core.error.ParleyException;
import dev.parley.core.page.PageRequest;

/**
 * A page of room history by seq: {@code before} → the messages just below it, {@code after}
 * → just above it, neither → the latest. Both bounds are exclusive.
 */
public record HistoryQuery(Long before, Long after, int limit) {
    public HistoryQuery {
        if (before != null && after != null) {
            throw ParleyException.invalid("give either before or after, not both");
        }
        if ((before != null && before < 0) || (after != null && after < 0)) {
            throw ParleyException.invalid("before and after must not be negative");
        }
        if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
            throw ParleyException.invalid("limit must be between 1 and " + PageRequest.MAX_LIMIT);
        }
    }
}
