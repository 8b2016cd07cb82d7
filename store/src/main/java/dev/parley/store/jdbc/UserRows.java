package dev.parley.store.jdbc;

import dev.parley.core.user.User;
import dev.parley.core.user.UserCard;
import dev.parley.core.user.UserRole;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/** Rows of {@code users}: the select list and the mapper. */
public final class UserRows {
    public static final Columns COLUMNS = Columns.of("users",
            "id", "name", "avatar_url", "role", "data", "active", "created_at", "updated_at");

    private UserRows() {
    }

    public static User read(ResultSet row, String alias) throws SQLException {
        String p = alias + "_";
        return new User(
                row.getString(p + "id"),
                row.getString(p + "name"),
                row.getString(p + "avatar_url"),
                UserRole.parse(row.getString(p + "role")),
                SqlValues.json(row, p + "data"),
                row.getBoolean(p + "active"),
                SqlValues.instant(row, p + "created_at"),
                SqlValues.instant(row, p + "updated_at"));
    }

    /** The card of a user selected as {@code alias.id, alias.name, alias.avatar_url, alias.role}. */
    public static UserCard card(ResultSet row, String alias) throws SQLException {
        String p = alias + "_";
        return new UserCard(row.getString(p + "id"), row.getString(p + "name"), row.getString(p + "avatar_url"),
                UserRole.BOT.wireName().equals(row.getString(p + "role")));
    }

    /** The case-folded form of ids and names that case-insensitive search compares. */
    public static String fold(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
