package dev.parley.store.jdbc;

import dev.parley.core.user.JsonText;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * How Java values travel to and from columns, the same on both engines: instants as
 * {@code TIMESTAMP WITH TIME ZONE} through {@link OffsetDateTime}, at the microsecond
 * precision the databases keep; UUIDs as {@code UUID}; {@link JsonText} verbatim.
 */
public final class SqlValues {
    private static final int IN_LIST_CHUNK = 500;

    private SqlValues() {
    }

    /** The instant as the database stores it: truncated to microseconds. */
    public static Instant stored(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    public static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        switch (value) {
            case null -> statement.setNull(index, Types.NULL);
            case Instant instant -> statement.setObject(index, OffsetDateTime.ofInstant(stored(instant), ZoneOffset.UTC));
            case JsonText json -> statement.setString(index, json.json());
            case String text -> statement.setString(index, text);
            case Long number -> statement.setLong(index, number);
            case Integer number -> statement.setInt(index, number);
            case Boolean flag -> statement.setBoolean(index, flag);
            case UUID uuid -> statement.setObject(index, uuid);
            default -> throw new IllegalArgumentException("no SQL mapping for " + value.getClass());
        }
    }

    public static void bindAll(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            bind(statement, i + 1, values[i]);
        }
    }

    public static Instant instant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static UUID uuid(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, UUID.class);
    }

    public static JsonText json(ResultSet rows, String column) throws SQLException {
        String json = rows.getString(column);
        return json == null ? null : new JsonText(json);
    }

    /** The distinct {@code values} in slices small enough for one IN list each. */
    public static <T> List<List<T>> inListChunks(Collection<T> values) {
        List<T> distinct = values.stream().distinct().toList();
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += IN_LIST_CHUNK) {
            chunks.add(distinct.subList(from, Math.min(distinct.size(), from + IN_LIST_CHUNK)));
        }
        return chunks;
    }

    /** {@code ?, ?, ?} for an IN list of {@code count} values. */
    public static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    /**
     * {@code prefix} as a LIKE pattern matching strings that start with it literally: the
     * wildcards {@code %} and {@code _} and the escape character itself are escaped with
     * {@code \}; use with {@code ESCAPE '\'}.
     */
    public static String startsWith(String prefix) {
        return escaped(prefix) + "%";
    }

    /** {@code part} as a LIKE pattern matching strings that contain it literally; use with {@code ESCAPE '\'}. */
    public static String contains(String part) {
        return "%" + escaped(part) + "%";
    }

    private static String escaped(String literal) {
        StringBuilder pattern = new StringBuilder(literal.length() + 2);
        for (char c : literal.toCharArray()) {
            if (c == '%' || c == '_' || c == '\\') {
                pattern.append('\\');
            }
            pattern.append(c);
        }
        return pattern.toString();
    }
}
