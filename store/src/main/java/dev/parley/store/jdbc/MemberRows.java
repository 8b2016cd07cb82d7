package dev.parley.store.jdbc;

import dev.parley.core.room.Member;
import dev.parley.core.room.MemberRole;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Rows of {@code members}: the select list and the mapper. */
public final class MemberRows {
    public static final Columns COLUMNS = Columns.of("members",
            "room_id", "user_id", "role", "last_read_seq", "hidden", "joined_at");

    private MemberRows() {
    }

    public static Member read(ResultSet row, String alias) throws SQLException {
        String p = alias + "_";
        return new Member(
                SqlValues.uuid(row, p + "room_id"),
                row.getString(p + "user_id"),
                MemberRole.parse(row.getString(p + "role")),
                row.getLong(p + "last_read_seq"),
                row.getBoolean(p + "hidden"),
                SqlValues.instant(row, p + "joined_at"));
    }
}
