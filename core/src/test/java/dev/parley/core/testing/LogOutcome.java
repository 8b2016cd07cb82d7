package dev.parley.core.testing;

import dev.parley.core.error.ParleyException;
import dev.parley.core.message.Message;
import dev.parley.core.message.Posted;

/** What became of one append: stored (new, or the original of a retried client id), or failed. */
record LogOutcome(Posted posted, RuntimeException failure) {
    static LogOutcome created(Message message) {
        return new LogOutcome(new Posted(message, true), null);
    }

    static LogOutcome retried(Message original) {
        return new LogOutcome(new Posted(original, false), null);
    }

    static LogOutcome failed(RuntimeException failure) {
        return new LogOutcome(null, failure);
    }

    /** The outcome of a later append with the same client id in the same batch. */
    LogOutcome asRetry() {
        return posted == null ? this : retried(posted.message());
    }

    /** The message this append created, or null. */
    Message createdMessage() {
        return posted != null && posted.created() ? posted.message() : null;
    }

    /** The result for the caller; a failure is thrown (wrapped unless it is a ParleyException). */
    Posted get() {
        if (failure == null) {
            return posted;
        }
        if (failure instanceof ParleyException parley) {
            throw parley;
        }
        throw new IllegalStateException("appending the message failed: " + failure.getMessage(), failure);
    }
}
