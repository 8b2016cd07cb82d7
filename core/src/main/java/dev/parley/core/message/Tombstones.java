package dev.parley.core.message;

import dev.parley.core.event.Event;
import dev.parley.core.store.UnitOfWork;
import java.time.Instant;

/**
 * Deleting a message, whoever asks (its author, a moderator, the moderation queue, an admin's
 * bulk delete or deletion of all of a user's messages): a tombstone at its seq, its reactions and
 * file links released, its stream ended, and {@code message.deleted} recorded.
 */
public final class Tombstones {
    private Tombstones() {
    }

    /** Deletes {@code message} (not yet deleted) in this unit of work; {@code lastSeq} is its room's. */
    public static Message delete(UnitOfWork repos, Message message, long lastSeq, Instant now) {
        repos.rooms().lock(message.roomId()); // deletes of the room's latest messages one at a time (lastMessage)
        if (message.isStreaming()) {
            repos.streams().end(message.id());
        }
        repos.messages().tombstone(message.id(), now);
        repos.reactions().removeAll(message.id());
        repos.files().release(message.id(), now);
        Message deleted = LocatedMessage.reload(repos, message);
        repos.record(new Event.MessageDeleted(deleted, lastSeq));
        return deleted;
    }
}
