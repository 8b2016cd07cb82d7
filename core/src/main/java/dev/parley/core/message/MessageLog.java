package dev.parley.core.message;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import dev.parley.core.store.Repositories;

/**
 * Appends messages durably. {@link #append} returns only after the transaction holding the
 * message has committed. Implementations may commit concurrent appends together (group
 * commit), and run these domain rules inside that transaction — as SQL, for speed (the JDBC
 * one in {@code store/…/log/BatchAppender}) — so they are stated here, where the domain is:
 * <ol>
 * <li><b>Seqs are dense and ordered:</b> a room's messages get {@code room.lastSeq + 1, + 2, …}
 * in append order; a seq is visible only once every lower one has committed.</li>
 * <li><b>Retries are idempotent:</b> an append whose {@code (userId, clientId)} is stored
 * already returns the original message with {@code created == false}.</li>
 * <li><b>Own messages count as read:</b> the sender's read mark moves up to their message
 * (never back), so their unread count stays 0.</li>
 * <li><b>A hidden direct room reappears:</b> a member who left a direct room sees it again
 * when a new message arrives in it.</li>
 * <li><b>Activity:</b> the room's last activity moves to the newest message's time.</li>
 * <li><b>Mentions are countable:</b> the append's {@link Mentions} (parsed by the message
 * service) are stored with the message and as one row per mentioned user ({@code @all}: one
 * row for everyone), so that a room list counts unread mentions by a key range.</li>
 * </ol>
 * Committed messages are published as {@code MessagePosted} by the
 * {@link dev.parley.core.store.Transactor}, which registers as the log's listener.
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

    /**
     * Registers the step run inside each transaction that creates messages, after they are
     * written and before the commit, with that transaction's repositories (the webhook outbox
     * writes there). Called once, before the first append; a step that throws fails the append.
     */
    void beforeCommit(BiConsumer<Repositories, List<Message>> step);

    @Override
    void close();
}
