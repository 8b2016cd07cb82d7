package dev.parley.store.jdbc;

import dev.parley.core.room.Member;
import dev.parley.core.room.MemberRole;
import dev.parley.core.room.Silence;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Rows of {@code members}: the select list and the mapper. */
public final class MemberRows {
    public static final Columns COLUMNS = Columns.of("members",
            "room_id", "user_id", "role", "last_read_seq", "hidden", "joined_at", "silenced", "silenced_until");

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
                SqlValues.instant(row, p + "joined_at"),
                silence(row, p + "silenced", p + "silenced_until"));
    }

    /** A moderator's mute of a member from its two columns (null: none). */
    public static Silence silence(ResultSet row, String silenced, String until) throws SQLException {
        return row.getBoolean(silenced) ? new Silence(SqlValues.instant(row, until)) : null;
    }
}
