package dev.parley.server.delivery;

import java.util.function.Consumer;

/** The connection an {@link Outbox} writes to: a transport's socket, seen as text frames. */
public interface FrameSink {
    /** Writes a frame without waiting; what follows it is written after it. */
    void write(String frame);

    /** Writes a frame; {@code written} or {@code failed} runs when the transport is done with it. */
    void write(String frame, Runnable written, Consumer<Throwable> failed);

    /** Closes the connection with the transport's signal for {@code ending}. */
    void end(Ending ending, String reason);
}
