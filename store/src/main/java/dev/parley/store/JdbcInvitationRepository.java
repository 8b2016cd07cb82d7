package dev.parley.store;

import dev.parley.core.invitation.Invitation;
import dev.parley.core.invitation.InvitationRepository;
import dev.parley.core.invitation.InvitationStatus;
import dev.parley.store.jdbc.Sql;
import dev.parley.store.jdbc.SqlValues;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link InvitationRepository} over {@code invitations}, with the room's name joined; bound to one connection. */
final class JdbcInvitationRepository implements InvitationRepository {
    private static final String COLUMNS = """
            SELECT i.id, i.room_id, r.name AS room_name, i.inviter_id, i.invitee_id, i.status, i.created_at,
                   i.answered_at FROM invitations i""";
    /** Pending invitations of rooms that still exist. */
    private static final String PENDING = COLUMNS + " JOIN rooms r ON r.id = i.room_id WHERE i.status = 'pending' AND ";
    private static final String OLDEST_FIRST = " ORDER BY i.created_at, i.id LIMIT ?";

    private final Sql sql;

    JdbcInvitationRepository(Sql sql) {
        this.sql = sql;
    }

    /** A pending invitation carries {@code pending_key}; the unique index turns a second one into no insert. */
    @Override
    public boolean insert(Invitation invitation) {
        return sql.update("""
                INSERT INTO invitations (id, room_id, inviter_id, invitee_id, status, created_at, answered_at, pending_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                invitation.id(), invitation.roomId(), invitation.inviterId(), invitation.inviteeId(),
                invitation.status().wireName(), invitation.createdAt(), invitation.answeredAt(),
                invitation.pending() ? Boolean.TRUE : null) == 1;
    }

    @Override
    public Optional<Invitation> find(UUID id) {
        return sql.one(COLUMNS + " LEFT JOIN rooms r ON r.id = i.room_id WHERE i.id = ?",
                JdbcInvitationRepository::invitation, id);
    }

    @Override
    public Optional<Invitation> findPending(UUID roomId, String inviteeId) {
        return sql.one(PENDING + "i.room_id = ? AND i.invitee_id = ?" + OLDEST_FIRST,
                JdbcInvitationRepository::invitation, roomId, inviteeId, 1);
    }

    @Override
    public boolean close(UUID id, InvitationStatus outcome, Instant at) {
        return sql.update("UPDATE invitations SET status = ?, answered_at = ?, pending_key = NULL"
                + " WHERE id = ? AND status = 'pending'",
                outcome.wireName(), at, id) == 1;
    }

    @Override
    public List<Invitation> pendingFor(String inviteeId, int limit) {
        return sql.list(PENDING + "i.invitee_id = ?" + OLDEST_FIRST, JdbcInvitationRepository::invitation,
                inviteeId, limit);
    }

    @Override
    public List<Invitation> pendingFrom(String inviterId, int limit) {
        return sql.list(PENDING + "i.inviter_id = ?" + OLDEST_FIRST, JdbcInvitationRepository::invitation,
                inviterId, limit);
    }

    @Override
    public List<Invitation> pendingIn(UUID roomId, int limit) {
        return sql.list(PENDING + "i.room_id = ?" + OLDEST_FIRST, JdbcInvitationRepository::invitation,
                roomId, limit);
    }

    private static Invitation invitation(ResultSet row) throws SQLException {
        return new Invitation(SqlValues.uuid(row, "id"), SqlValues.uuid(row, "room_id"), row.getString("room_name"),
                row.getString("inviter_id"), row.getString("invitee_id"),
                InvitationStatus.fromWire(row.getString("status")), SqlValues.instant(row, "created_at"),
                SqlValues.instant(row, "answered_at"));
    }
}
