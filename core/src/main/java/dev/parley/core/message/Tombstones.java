package dev.parley.core.message;

import dev.parley.core.event.Event;
import dev.parley.core.store.UnitOfWork;
import java.time.Instant;

/**
 * Deleting a message, whoever asks (its author, a moderator, the moderation queue, an admin
 * deleting all of a user's messages): a tombstone at its seq, its reactions and files released,
 * its stream ended, and {@code message.deleted} told to the room.
 */
public final class Tombstones {
    private Tombstones() {
    }

    /** Tombstones a message that is not deleted yet and records {@code MessageDeleted}; returns it as stored now. */
    public static Message tombstone(UnitOfWork repos, Message message, long lastSeq, Instant now) {
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
