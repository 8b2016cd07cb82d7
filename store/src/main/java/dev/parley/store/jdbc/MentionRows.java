package dev.parley.store.jdbc;

import dev.parley.core.message.Mentions;
import dev.parley.core.message.Message;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of {@code mentions}: one per mentioned user of a message, {@code '*'} for
 * {@code @all}, keyed (room, user, seq) so that unread mentions are one range read
 * ({@link #COUNT_ABOVE}).
 */
public final class MentionRows {
    /** The user id of a mention of everyone; never a user id (they have no '*'). */
    public static final String EVERYONE = "*";
    public static final String INSERT = "INSERT INTO mentions (room_id, user_id, seq, message_id) VALUES (?, ?, ?, ?)";
    public static final String DELETE_OF_MESSAGE = "DELETE FROM mentions WHERE message_id = ?";
    /** Bound to (room, user, read mark): the mentions of the user above it, {@code @all} included. */
    public static final String COUNT_ABOVE =
            "SELECT COUNT(*) FROM mentions WHERE room_id = ? AND user_id IN (?, '" + EVERYONE + "') AND seq > ?";

    private MentionRows() {
    }

    /** The user ids of the rows of one message's mentions. */
    public static List<String> keys(Mentions mentions) {
        List<String> keys = new ArrayList<>(mentions.userIds());
        if (mentions.all()) {
            keys.add(EVERYONE);
        }
        return keys;
    }

    /** The mention rows of freshly stored messages, in one JDBC batch. */
    public static void insert(Connection connection, List<Message> messages) throws SQLException {
        if (messages.stream().allMatch(m -> m.mentions().isEmpty())) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            for (Message m : messages) {
                for (String userId : keys(m.mentions())) {
                    SqlValues.bindAll(statement, m.roomId(), userId, m.seq(), m.id());
                    statement.addBatch();
                }
            }
            statement.executeBatch();
        }
    }
}
