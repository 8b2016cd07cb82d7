package dev.parley.core.room;

import dev.parley.core.auth.Actor;
import dev.parley.core.message.Message;
import dev.parley.core.store.Repositories;

/** Rooms as one user sees them. */
public final class RoomSummaries {
    private RoomSummaries() {
    }

    /**
     * The room as {@code actor} sees it: role, unread count and, for those who may read its
     * messages (members and admins), the last message.
     */
    public static RoomSummary of(Repositories repos, Room room, Actor actor) {
        var member = repos.members().find(room.id(), actor.userId());
        long lastRead = member.map(Member::lastReadSeq).orElse(room.lastSeq());
        boolean reader = member.isPresent() || actor.isAdmin();
        Message last = room.lastSeq() == 0 || !reader ? null
                : repos.messages().findBySeq(room.id(), room.lastSeq()).orElse(null);
        var peer = room.isDirect() ? repos.members().directPeer(room.id(), actor.userId()).orElse(null) : null;
        return new RoomSummary(room, member.map(Member::role).orElse(null), lastRead, room.lastSeq() - lastRead, last,
                peer);
    }

}
