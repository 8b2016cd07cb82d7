package dev.parley.core.stream;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The open streams of streaming messages. A stream is opened by the message log with its
 * message ({@code Append.streaming}); it stays open until its author ends it, the message is
 * deleted, or it was left idle too long.
 */
public interface StreamRepository {
    /**
     * Appends {@code text} to the message of an open stream and marks the stream touched at
     * {@code at}; returns the message's whole text after it, or empty when the message has no
     * open stream.
     */
    Optional<String> append(UUID messageId, String text, Instant at);

    /** Ends the stream: the message is no longer streaming. False when it had no open stream. */
    boolean end(UUID messageId);

    /** {@link #end} if the stream was last touched before {@code cutoff}; false otherwise. */
    boolean endIdle(UUID messageId, Instant cutoff);

    /** Open streams last touched before {@code cutoff}, least recently touched first, at most {@code limit}. */
    List<OpenStream> idleSince(Instant cutoff, int limit);
}
