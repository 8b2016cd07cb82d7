package dev.parley.core.call;

import dev.parley.core.id.IdGenerator;
import dev.parley.core.room.Room;
import dev.parley.core.store.Transactor;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The message an ended call leaves in its room. Ending the call and writing its message are two
 * commits (the message goes through the room's log, which numbers it): the call is stored as
 * waiting for its message until the message is written, so a node that died in between leaves
 * it to {@link #writeMissing} — any node's sweep, or its own restart. The message's client id
 * is made of the call's id, so writing it again stores it once.
 */
final class CallMessages {
    /** How long after its end a call's message is left to the node that ended it. */
    static final Duration GRACE = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(CallMessages.class);
    private static final int BATCH = 100;

    private final Transactor store;
    private final IdGenerator ids;
    private final Clock clock;

    CallMessages(Transactor store, IdGenerator ids, Clock clock) {
        this.store = store;
        this.ids = ids;
        this.clock = clock;
    }

    /** Writes the message of a call that ended; a failure is logged and left to {@link #writeMissing}. */
    void write(Call ended) {
        try {
            Optional<Boolean> direct = store.read(repos -> repos.rooms().find(ended.roomId()).map(Room::isDirect));
            if (direct.isPresent()) {
                store.messageLog().append(CallNotes.append(ended, ids.next(), direct.get(), clock.instant()));
            }
            // Written now, or written once already (the same client id), or its room is gone.
            store.write(repos -> {
                repos.calls().messageWritten(ended.id());
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("the message of call {} could not be written (the calls sweep will retry): {}", ended.id(),
                    e.toString());
        }
    }

    /** Writes the messages of calls that ended more than {@link #GRACE} ago without one; returns how many it tried. */
    int writeMissing() {
        List<UUID> missing = store.read(repos -> repos.calls().endedWithoutMessage(clock.instant().minus(GRACE), BATCH));
        for (UUID callId : missing) {
            store.read(repos -> repos.calls().find(callId)).filter(call -> !call.live()).ifPresent(this::write);
        }
        return missing.size();
    }
}
