package dev.parley.store.jdbc;

import dev.parley.core.room.Room;
import dev.parley.core.room.RoomType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/** Rows of {@code rooms}: the select list and the mapper. */
public final class RoomRows {
    public static final Columns COLUMNS = Columns.of("rooms",
            "id", "type", "name", "topic", "avatar_url", "data", "created_by", "created_at", "updated_at", "last_seq",
            "last_activity_at", "member_count", "last_change", "frozen", "slow_mode_seconds");

    private RoomRows() {
    }

    public static Room read(ResultSet row, String alias) throws SQLException {
        String p = alias + "_";
        return new Room(
                SqlValues.uuid(row, p + "id"),
                RoomType.valueOf(row.getString(p + "type").toUpperCase(Locale.ROOT)),
                row.getString(p + "name"),
                row.getString(p + "topic"),
                row.getString(p + "avatar_url"),
                SqlValues.json(row, p + "data"),
                row.getString(p + "created_by"),
                SqlValues.instant(row, p + "created_at"),
                SqlValues.instant(row, p + "updated_at"),
                row.getLong(p + "last_seq"),
                SqlValues.instant(row, p + "last_activity_at"),
                row.getInt(p + "member_count"),
                row.getLong(p + "last_change"),
                row.getBoolean(p + "frozen"),
                row.getInt(p + "slow_mode_seconds"));
    }
}
