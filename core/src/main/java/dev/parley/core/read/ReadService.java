package dev.parley.core.read;

import static dev.parley.core.room.RoomAccess.accessRoomAsMember;

import dev.parley.core.auth.Actor;
import dev.parley.core.error.Constraints;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.event.Event;
import dev.parley.core.id.Uuids;
import dev.parley.core.room.RoomSummaries;
import dev.parley.core.store.Transactor;
import java.util.UUID;

/**
 * Read marks. Unread count = the room's last seq − the member's read mark − the deleted
 * messages above the mark (a range of the deletions' key: usually none), never recounted. A mark never moves backwards, and is clamped to the room's last seq.
 */
public final class ReadService {
    private final Transactor store;

    public ReadService(Transactor store) {
        this.store = store;
    }

    public ReadMark markRead(Actor actor, String roomId, long seq) {
        UUID room = Uuids.parse("roomId", roomId);
        Constraints.checkNonNegative("seq", seq);
        return store.write(repos -> {
            var visible = accessRoomAsMember(repos, actor, room);
            var member = visible.membership().orElseThrow(() -> new ParleyException(ErrorCode.FORBIDDEN,
                    "only members have read marks"));
            long lastSeq = visible.room().lastSeq();
            long now = repos.members().advanceReadMark(room, actor.userId(), Math.min(seq, lastSeq));
            if (now > member.lastReadSeq()) {
                repos.record(new Event.ReadMarkMoved(room, lastSeq, actor.userId(), now));
            }
            return new ReadMark(room, actor.userId(), now, lastSeq, RoomSummaries.unread(repos, room, lastSeq, now));
        });
    }
}
