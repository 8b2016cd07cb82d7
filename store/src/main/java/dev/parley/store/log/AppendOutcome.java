package dev.parley.store.log;

import dev.parley.store.jdbc.StoreException;
import dev.parley.core.error.ParleyException;
import dev.parley.core.message.Message;
import dev.parley.core.message.Posted;

/** What became of one append: stored (new, or the original of a retried client id), or failed. */
public record AppendOutcome(Posted posted, RuntimeException failure) {
    public static AppendOutcome created(Message message) {
        return new AppendOutcome(new Posted(message, true), null);
    }

    public static AppendOutcome retried(Message original) {
        return new AppendOutcome(new Posted(original, false), null);
    }

    public static AppendOutcome failed(RuntimeException failure) {
        return new AppendOutcome(null, failure);
    }

    /** The outcome of a second append with the same client id in the same batch. */
    public AppendOutcome asRetry() {
        return posted == null ? this : retried(posted.message());
    }

    /** The message this append created, or null. */
    public Message createdMessage() {
        return posted != null && posted.created() ? posted.message() : null;
    }

    /** The result for the caller; a failure is thrown (wrapped, unless it is a ParleyException, to show the caller's stack). */
    public Posted get() {
        if (failure == null) {
            return posted;
        }
        if (failure instanceof ParleyException parley) {
            throw parley;
        }
        throw new StoreException("appending the message failed: " + failure.getMessage(), failure);
    }
}
