package dev.parley.core.store;

/** A write collided with a unique key another writer got first; the caller re-reads and decides. */
public final class DuplicateKeyException extends RuntimeException {
    public DuplicateKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
