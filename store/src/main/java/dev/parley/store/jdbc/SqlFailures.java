package dev.parley.store.jdbc;

import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.store.DuplicateKeyException;
import java.sql.SQLException;

/**
 * Turns SQL errors into the unchecked exceptions the rest of Parley understands: a unique
 * key taken by another writer is {@link DuplicateKeyException}; a database that cannot be
 * reached is {@code unavailable} (HTTP 503); anything else is a {@link StoreException} that
 * says what was being done. Never swallows.
 */
public final class SqlFailures {
    private final Dialect dialect;

    public SqlFailures(Dialect dialect) {
        this.dialect = dialect;
    }

    public RuntimeException translate(SQLException e, String doing) {
        if (dialect.isUniqueViolation(e)) {
            return new DuplicateKeyException(doing + ": " + e.getMessage(), e);
        }
        if (dialect.isUnavailable(e)) {
            return unavailable(doing, e);
        }
        return new StoreException(doing + " failed: " + e.getMessage(), e);
    }

    public boolean isUnavailable(SQLException e) {
        return dialect.isUnavailable(e);
    }

    public static ParleyException unavailable(String doing, Throwable cause) {
        return new ParleyException(ErrorCode.UNAVAILABLE, "the database is unavailable (" + doing + ")", cause);
    }
}
