package dev.parley.core.call;

import java.time.Duration;

/** Runs call work later, off the caller's thread (ringing timeouts, dropping vanished people). */
@FunctionalInterface
public interface CallTimer {
    void after(Duration delay, Runnable task);
}
