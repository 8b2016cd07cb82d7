package dev.parley.core.testing;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The inverse of every write of the unit of work in progress, newest first: a unit of work
 * that throws is rolled back by running them, so it leaves nothing behind. One log serves
 * the whole in-memory store, which runs one unit of work at a time.
 */
final class UndoLog {
    private final Deque<Runnable> inverses = new ArrayDeque<>();

    void record(Runnable inverse) {
        inverses.push(inverse);
    }

    void commit() {
        inverses.clear();
    }

    void rollback() {
        while (!inverses.isEmpty()) {
            inverses.pop().run();
        }
    }
}
