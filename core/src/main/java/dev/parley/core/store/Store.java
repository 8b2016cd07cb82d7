package dev.parley.core.store;

import dev.parley.core.message.MessageLog;
import java.util.function.Function;

/** The persistence port: units of work over the repositories, and the message log. */
public interface Store extends AutoCloseable {
    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    <T> T transaction(Function<Repositories, T> work);

    /** Runs read-only {@code work}. */
    <T> T read(Function<Repositories, T> work);

    MessageLog messageLog();

    /** True when the database answers. */
    boolean isHealthy();

    @Override
    void close();
}
