package dev.parley.store.jdbc;

import dev.parley.core.message.CallNote;
import dev.parley.core.message.Mentions;
import dev.parley.core.message.Message;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * Rows of {@code messages}: the select list and the mapper. Reactions live in their own
 * table; a message read here has none ({@link dev.parley.core.message.MessageService} adds them).
 */
public final class MessageRows {
    public static final Columns COLUMNS = Columns.of("messages",
            "room_id", "seq", "id", "user_id", "text", "parent_id", "attachments", "client_id", "created_at",
            "edited_at", "deleted_at", "streaming", "mentions", "mentions_all", "call_id", "call_outcome",
            "call_duration_ms");
    /** {@code SELECT <every column> FROM messages m}: add the WHERE clause. */
    public static final String SELECT = "SELECT " + COLUMNS.select("m") + " FROM " + COLUMNS.from("m");

    private final AttachmentJson attachments;

    public MessageRows(AttachmentJson attachments) {
        this.attachments = attachments;
    }

    public Message read(ResultSet row, String alias) throws SQLException {
        String p = alias + "_";
        return new Message(
                SqlValues.uuid(row, p + "id"),
                SqlValues.uuid(row, p + "room_id"),
                row.getLong(p + "seq"),
                row.getString(p + "user_id"),
                row.getString(p + "text"),
                SqlValues.uuid(row, p + "parent_id"),
                attachments.read(row.getString(p + "attachments")),
                row.getString(p + "client_id"),
                SqlValues.instant(row, p + "created_at"),
                SqlValues.instant(row, p + "edited_at"),
                SqlValues.instant(row, p + "deleted_at"),
                List.of(),
                streaming(row, p + "streaming"),
                new Mentions(userIds(row.getString(p + "mentions")), row.getBoolean(p + "mentions_all")),
                callNote(row, p));
    }

    /** Null for an ordinary message, else whether it is still streaming. */
    private static Boolean streaming(ResultSet row, String column) throws SQLException {
        boolean value = row.getBoolean(column);
        return row.wasNull() ? null : value;
    }

    private static CallNote callNote(ResultSet row, String p) throws SQLException {
        UUID callId = SqlValues.uuid(row, p + "call_id");
        if (callId == null) {
            return null;
        }
        long duration = row.getLong(p + "call_duration_ms");
        Long durationMs = row.wasNull() ? null : duration;
        return new CallNote(callId, row.getString(p + "call_outcome"), durationMs);
    }

    /** The {@code mentions} column: user ids separated by spaces (ids have none), NULL for none. */
    public static String mentionsColumn(Mentions mentions) {
        return mentions.userIds().isEmpty() ? null : String.join(" ", mentions.userIds());
    }

    private static List<String> userIds(String column) {
        return column == null || column.isEmpty() ? List.of() : List.of(column.split(" "));
    }

    /** A message of a LEFT JOIN, or null when the join found none. */
    public Message readOptional(ResultSet row, String alias) throws SQLException {
        return row.getObject(alias + "_id") == null ? null : read(row, alias);
    }

    public AttachmentJson attachments() {
        return attachments;
    }
}
