package dev.parley.core.mute;

import static dev.parley.core.room.RoomAccess.accessRoomAsMember;

import dev.parley.core.auth.Actor;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.id.Uuids;
import dev.parley.core.room.RoomSummaries;
import dev.parley.core.room.RoomSummary;
import dev.parley.core.store.Transactor;
import java.util.UUID;

/**
 * Per-room mute: a member's own choice, stored with the membership, that a room does not
 * notify them. Every device reads it as {@code muted} in the room list; messages, unread and
 * mention counts are unchanged. Idempotent: muting a muted room changes nothing.
 */
public final class MuteService {
    private final Transactor store;

    public MuteService(Transactor store) {
        this.store = store;
    }

    /** Mutes ({@code muted}) or unmutes the room for the actor; returns the room as the actor now sees it. */
    public RoomSummary setMuted(Actor actor, String roomId, boolean muted) {
        UUID room = Uuids.parse("roomId", roomId);
        return store.write(repos -> {
            var visible = accessRoomAsMember(repos, actor, room);
            visible.membership().orElseThrow(() -> new ParleyException(ErrorCode.FORBIDDEN,
                    "only members can mute a room; join it first"));
            repos.members().setMuted(room, actor.userId(), muted);
            return RoomSummaries.of(repos, visible.room(), actor);
        });
    }
}
