package dev.parley.core.testing;

import dev.parley.core.invitation.Invitation;
import dev.parley.core.invitation.InvitationRepository;
import dev.parley.core.invitation.InvitationStatus;
import dev.parley.core.room.Room;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/** {@link InvitationRepository} over the in-memory {@code invitations} table; room names joined on read. */
final class InMemoryInvitations implements InvitationRepository {
    private static final Comparator<Invitation> OLDEST_FIRST =
            Comparator.comparing(Invitation::createdAt).thenComparing(Invitation::id, Tables.UUID_ORDER);

    private final Tables tables;

    InMemoryInvitations(Tables tables) {
        this.tables = tables;
    }

    @Override
    public boolean insert(Invitation invitation) {
        tables.requireUser(invitation.inviterId());
        tables.requireUser(invitation.inviteeId());
        boolean another = !tables.invitations.rows(row -> row.pending() && row.roomId().equals(invitation.roomId())
                && row.inviteeId().equals(invitation.inviteeId())).isEmpty();
        if (invitation.pending() && another) {
            return false;
        }
        tables.invitations.insert(invitation.id(), new Invitation(invitation.id(), invitation.roomId(), null,
                invitation.inviterId(), invitation.inviteeId(), invitation.status(), Micros.of(invitation.createdAt()),
                invitation.answeredAt() == null ? null : Micros.of(invitation.answeredAt())));
        return true;
    }

    @Override
    public Optional<Invitation> find(UUID id) {
        return tables.invitations.find(id).map(this::withRoomName);
    }

    @Override
    public Optional<Invitation> findPending(UUID roomId, String inviteeId) {
        return pending(row -> row.roomId().equals(roomId) && row.inviteeId().equals(inviteeId), 1).stream()
                .findFirst();
    }

    @Override
    public boolean close(UUID id, InvitationStatus outcome, Instant at) {
        boolean pending = tables.invitations.find(id).filter(Invitation::pending).isPresent();
        return pending && tables.invitations.update(id, old -> old.closed(outcome, Micros.of(at)));
    }

    @Override
    public List<Invitation> pendingFor(String inviteeId, int limit) {
        return pending(row -> row.inviteeId().equals(inviteeId), limit);
    }

    @Override
    public List<Invitation> pendingFrom(String inviterId, int limit) {
        return pending(row -> row.inviterId().equals(inviterId), limit);
    }

    @Override
    public List<Invitation> pendingIn(UUID roomId, int limit) {
        return pending(row -> row.roomId().equals(roomId), limit);
    }

    /** Pending invitations of rooms that exist, oldest first, as the SQL's inner join with rooms. */
    private List<Invitation> pending(Predicate<Invitation> filter, int limit) {
        return tables.invitations.rows(row -> row.pending() && filter.test(row) && tables.rooms.contains(row.roomId()))
                .stream().sorted(OLDEST_FIRST).limit(limit).map(this::withRoomName).toList();
    }

    private Invitation withRoomName(Invitation row) {
        String name = tables.room(row.roomId()).map(Room::name).orElse(null);
        return new Invitation(row.id(), row.roomId(), name, row.inviterId(), row.inviteeId(), row.status(),
                row.createdAt(), row.answeredAt());
    }
}
