package dev.parley.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs statements on one connection: binds parameters with {@link SqlValues}, maps rows, and
 * translates every {@link SQLException} with the statement that failed as context.
 */
public final class Sql {
    /** Reads one row; the row's columns are read by label. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final Connection connection;
    private final SqlFailures failures;

    public Sql(Connection connection, SqlFailures failures) {
        this.connection = connection;
        this.failures = failures;
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            SqlValues.bindAll(statement, params);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            throw failures.translate(e, describe(sql));
        }
    }

    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = list(sql, mapper, params);
        if (rows.size() > 1) {
            throw new IllegalStateException("expected at most one row from " + describe(sql) + ", got " + rows.size());
        }
        return rows.stream().findFirst();
    }

    /** Executes an INSERT, UPDATE or DELETE; returns the number of rows it changed. */
    public int update(String sql, Object... params) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            SqlValues.bindAll(statement, params);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failures.translate(e, describe(sql));
        }
    }

    /** Executes one INSERT, UPDATE or DELETE for each parameter row, as one JDBC batch. */
    public void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                SqlValues.bindAll(statement, row);
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw failures.translate(e, describe(sql));
        }
    }

    private static String describe(String sql) {
        String flat = sql.strip().replaceAll("\\s+", " ");
        return flat.length() <= 120 ? flat : flat.substring(0, 117) + "...";
    }
}
