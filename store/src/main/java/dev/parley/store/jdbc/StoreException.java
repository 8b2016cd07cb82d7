package dev.parley.store.jdbc;

/**
 * A database operation failed for a reason callers cannot act on (a bug, a broken
 * constraint, a full disk): it carries what was being done and the original SQL error.
 */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
