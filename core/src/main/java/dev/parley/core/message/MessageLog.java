package dev.parley.core.message;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Appends messages durably. {@link #append} returns only after the transaction holding the
 * message has committed; a retry with the same {@code (userId, clientId)} returns the
 * original message with {@code created == false}. Implementations may commit concurrent
 * appends together (group commit).
 */
public interface MessageLog extends AutoCloseable {
    Posted append(Append append);

    /**
     * Like {@link #append}, but returns at once: the future completes after the commit, or
     * exceptionally with a {@code ParleyException}. Appends made one after the other by one
     * thread are committed in that order, so a client can pipeline its sends.
     */
    CompletableFuture<Posted> appendAsync(Append append);

    /**
     * Registers the listener called with each batch of newly created messages after their
     * commit, in commit order (per room: ascending seq). Called once, before the first append.
     */
    void onCommitted(Consumer<List<Message>> listener);

    @Override
    void close();
}
