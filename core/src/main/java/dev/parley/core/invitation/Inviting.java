package dev.parley.core.invitation;

import dev.parley.core.event.Event;
import dev.parley.core.id.IdGenerator;
import dev.parley.core.room.Admission;
import dev.parley.core.room.Room;
import dev.parley.core.store.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Explicit joins: users added to a group room are invited, not made members. A user already
 * invited to the room keeps the invitation they have (adding them again is no error, as adding
 * a member again is not) — also when two adds of them race: the store keeps one pending
 * invitation per (room, invitee), and the add that lost stores and announces nothing.
 */
public final class Inviting implements Admission {
    private final IdGenerator ids;
    private final Clock clock;

    public Inviting(IdGenerator ids, Clock clock) {
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public List<String> admit(UnitOfWork repos, Room room, String byUserId, List<String> userIds) {
        Instant now = clock.instant();
        for (String userId : userIds) {
            if (repos.invitations().findPending(room.id(), userId).isPresent()) {
                continue;
            }
            Invitation invitation = new Invitation(ids.next(), room.id(), room.name(), byUserId, userId,
                    InvitationStatus.PENDING, now, null);
            if (repos.invitations().insert(invitation)) {
                repos.record(new Event.InvitationChanged(invitation));
            }
        }
        return List.of();
    }
}
