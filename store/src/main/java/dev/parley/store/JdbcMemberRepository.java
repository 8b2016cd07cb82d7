package dev.parley.store;

import dev.parley.core.change.RoomPosition;
import dev.parley.store.jdbc.Sql;
import dev.parley.store.jdbc.SqlValues;
import dev.parley.store.jdbc.MentionRows;
import dev.parley.store.jdbc.MessageRows;
import dev.parley.store.jdbc.RoomRows;
import dev.parley.store.jdbc.MemberRows;
import dev.parley.store.jdbc.UserRows;
import dev.parley.core.room.Member;
import dev.parley.core.room.MemberRole;
import dev.parley.core.room.MemberRepository;
import dev.parley.core.room.MemberView;
import dev.parley.core.room.Room;
import dev.parley.core.room.RoomSummary;
import dev.parley.core.room.Silence;
import dev.parley.core.user.UserCard;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link MemberRepository} over {@code members} (joined with users, rooms and messages), bound to one connection. */
final class JdbcMemberRepository implements MemberRepository {
    private static final String SELECT = "SELECT " + MemberRows.COLUMNS.select("m") + " FROM " + MemberRows.COLUMNS.from("m");
    private static final String SELECT_VIEW = "SELECT " + MemberRows.COLUMNS.select("m")
            + ", u.id AS u_id, u.name AS u_name, u.avatar_url AS u_avatar_url, u.role AS u_role"
            + " FROM members m JOIN users u ON u.id = m.user_id";
    /**
     * A membership with its room, the room's last message that still exists (if any), the
     * deleted messages above the member's read mark and the member's unread mentions — one row
     * per room. The counts stay cheap per read: each is a range of a key above the read mark —
     * deletions (room, seq), mentions (room, user, seq; two ranges: the user's and
     * {@code @all}'s) — as many index entries as deleted unread messages and unread mentions,
     * whatever the room's size; the last message is one primary-key read
     * ({@code rooms.last_message_seq}).
     */
    private static final String SELECT_SUMMARY = "SELECT " + RoomRows.COLUMNS.select("r")
            + ", m.role AS m_role, m.last_read_seq AS m_last_read_seq, m.muted AS m_muted, m.silenced AS m_silenced, m.silenced_until AS m_silenced_until, "
            + MessageRows.COLUMNS.select("lm")
            + ", (SELECT COUNT(*) FROM mentions mn WHERE mn.room_id = m.room_id AND mn.user_id IN (m.user_id, '"
            + MentionRows.EVERYONE + "') AND mn.seq > m.last_read_seq) AS mention_count"
            + ", (SELECT COUNT(*) FROM message_deletions d WHERE d.room_id = m.room_id AND d.seq > m.last_read_seq)"
            + " AS deleted_unread"
            + ", pu.id AS pu_id, pu.name AS pu_name, pu.avatar_url AS pu_avatar_url, pu.role AS pu_role"
            + " FROM members m JOIN rooms r ON r.id = m.room_id"
            + " LEFT JOIN messages lm ON lm.room_id = r.id AND lm.seq = r.last_message_seq"
            + " LEFT JOIN members pm ON r.type = 'direct' AND pm.room_id = r.id AND pm.user_id <> m.user_id"
            + " LEFT JOIN users pu ON pu.id = pm.user_id"
            + " WHERE m.user_id = ? AND m.hidden = FALSE";

    private final Sql sql;
    private final MessageRows messages;

    JdbcMemberRepository(Sql sql, MessageRows messages) {
        this.sql = sql;
        this.messages = messages;
    }

    @Override
    public Optional<Member> find(UUID roomId, String userId) {
        return sql.one(SELECT + " WHERE m.room_id = ? AND m.user_id = ?", row -> MemberRows.read(row, "m"),
                roomId, userId);
    }

    /** Throws {@link dev.parley.core.store.DuplicateKeyException} when the user is already a member. */
    @Override
    public void insert(Member member) {
        sql.update("""
                INSERT INTO members (room_id, user_id, role, last_read_seq, hidden, joined_at, silenced, silenced_until)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                member.roomId(), member.userId(), member.role().wireName(), member.lastReadSeq(), member.hidden(),
                member.joinedAt(), member.silence() != null, member.silence() == null ? null : member.silence().until());
    }

    @Override
    public void delete(UUID roomId, String userId) {
        sql.update("DELETE FROM members WHERE room_id = ? AND user_id = ?", roomId, userId);
    }

    @Override
    public void setRole(UUID roomId, String userId, MemberRole role) {
        sql.update("UPDATE members SET role = ? WHERE room_id = ? AND user_id = ?", role.wireName(), roomId, userId);
    }

    @Override
    public void setHidden(UUID roomId, String userId, boolean hidden) {
        sql.update("UPDATE members SET hidden = ? WHERE room_id = ? AND user_id = ?", hidden, roomId, userId);
    }

    @Override
    public void setMuted(UUID roomId, String userId, boolean muted) {
        sql.update("UPDATE members SET muted = ? WHERE room_id = ? AND user_id = ?", muted, roomId, userId);
    }

    @Override
    public boolean isMuted(UUID roomId, String userId) {
        return sql.one("SELECT muted FROM members WHERE room_id = ? AND user_id = ?", row -> row.getBoolean(1),
                roomId, userId).orElse(false);
    }

    @Override
    public void setSilence(UUID roomId, String userId, Silence silence) {
        sql.update("UPDATE members SET silenced = ?, silenced_until = ? WHERE room_id = ? AND user_id = ?",
                silence != null, silence == null ? null : silence.until(), roomId, userId);
    }

    @Override
    public long mentionsAbove(UUID roomId, String userId, long seq) {
        return sql.one(MentionRows.COUNT_ABOVE, row -> row.getLong(1), roomId, userId, seq).orElse(0L);
    }

    /** Returns the mark after the call; 0 when the user is not a member. */
    @Override
    public long advanceReadMark(UUID roomId, String userId, long seq) {
        sql.update("UPDATE members SET last_read_seq = ? WHERE room_id = ? AND user_id = ? AND last_read_seq < ?",
                seq, roomId, userId, seq);
        return sql.one("SELECT last_read_seq FROM members WHERE room_id = ? AND user_id = ?", row -> row.getLong(1),
                roomId, userId).orElse(0L);
    }

    @Override
    public List<MemberView> list(UUID roomId, String afterUserId, int fetch) {
        if (afterUserId == null) {
            return sql.list(SELECT_VIEW + " WHERE m.room_id = ? ORDER BY m.user_id LIMIT ?", JdbcMemberRepository::view,
                    roomId, fetch);
        }
        return sql.list(SELECT_VIEW + " WHERE m.room_id = ? AND m.user_id > ? ORDER BY m.user_id LIMIT ?",
                JdbcMemberRepository::view, roomId, afterUserId, fetch);
    }

    @Override
    public List<Member> all(UUID roomId) {
        return sql.list(SELECT + " WHERE m.room_id = ? ORDER BY m.user_id", row -> MemberRows.read(row, "m"), roomId);
    }

    @Override
    public Optional<MemberView> findView(UUID roomId, String userId) {
        return sql.one(SELECT_VIEW + " WHERE m.room_id = ? AND m.user_id = ?", JdbcMemberRepository::view,
                roomId, userId);
    }

    /** Ties on the join time go to the smallest user id, so the heir is always the same. */
    @Override
    public Optional<Member> oldestExcept(UUID roomId, String excludedUserId) {
        return sql.one(SELECT + " WHERE m.room_id = ? AND m.user_id <> ? ORDER BY m.joined_at, m.user_id LIMIT 1",
                row -> MemberRows.read(row, "m"), roomId, excludedUserId);
    }

    @Override
    public List<RoomSummary> roomsOf(String userId, ActivityPosition after, int fetch) {
        String order = " ORDER BY r.last_activity_at DESC, r.id DESC LIMIT ?";
        if (after == null) {
            return sql.list(SELECT_SUMMARY + order, this::summary, userId, fetch);
        }
        return sql.list(SELECT_SUMMARY
                + " AND (r.last_activity_at < ? OR (r.last_activity_at = ? AND r.id < ?))" + order,
                this::summary, userId, after.lastActivityAt(), after.lastActivityAt(), after.roomId(), fetch);
    }

    @Override
    public List<UUID> roomIdsOf(String userId) {
        return sql.list("SELECT room_id FROM members WHERE user_id = ?", row -> row.getObject(1, UUID.class), userId);
    }

    @Override
    public Map<UUID, RoomPosition> positionsOf(String userId) {
        Map<UUID, RoomPosition> positions = new LinkedHashMap<>();
        sql.list("SELECT r.id, r.last_seq, r.last_change FROM members m JOIN rooms r ON r.id = m.room_id"
                + " WHERE m.user_id = ?",
                row -> Map.entry(row.getObject(1, UUID.class), new RoomPosition(row.getLong(2), row.getLong(3))), userId)
                .forEach(entry -> positions.put(entry.getKey(), entry.getValue()));
        return positions;
    }

    @Override
    public Optional<UserCard> directPeer(UUID roomId, String userId) {
        return sql.one("SELECT pu.id AS pu_id, pu.name AS pu_name, pu.avatar_url AS pu_avatar_url, pu.role AS pu_role"
                + " FROM members pm JOIN users pu ON pu.id = pm.user_id WHERE pm.room_id = ? AND pm.user_id <> ?",
                row -> UserRows.card(row, "pu"), roomId, userId);
    }

    @Override
    public List<String> peersOf(String userId, int limit) {
        return sql.list("SELECT DISTINCT p.user_id FROM members m JOIN members p ON p.room_id = m.room_id"
                + " WHERE m.user_id = ? AND p.user_id <> ? ORDER BY p.user_id LIMIT ?",
                row -> row.getString(1), userId, userId, limit);
    }

    @Override
    public List<String> existingMembers(UUID roomId, Collection<String> userIds) {
        List<String> present = new ArrayList<>();
        for (List<String> chunk : SqlValues.inListChunks(userIds)) {
            List<Object> params = new ArrayList<>(chunk.size() + 1);
            params.add(roomId);
            params.addAll(chunk);
            present.addAll(sql.list("SELECT user_id FROM members WHERE room_id = ? AND user_id IN ("
                    + SqlValues.placeholders(chunk.size()) + ") ORDER BY user_id", row -> row.getString(1),
                    params.toArray()));
        }
        return present;
    }

    private static MemberView view(ResultSet row) throws SQLException {
        return new MemberView(MemberRows.read(row, "m"), UserRows.card(row, "u"));
    }

    private RoomSummary summary(ResultSet row) throws SQLException {
        Room room = RoomRows.read(row, "r");
        long lastRead = row.getLong("m_last_read_seq");
        return new RoomSummary(room, MemberRole.parse(row.getString("m_role")), lastRead,
                Math.max(0, room.lastSeq() - lastRead - row.getLong("deleted_unread")), messages.readOptional(row, "lm"),
                row.getString("pu_id") == null ? null : UserRows.card(row, "pu"), row.getLong("mention_count"),
                row.getBoolean("m_muted"), MemberRows.silence(row, "m_silenced", "m_silenced_until"));
    }
}
