package dev.parley.core.moderation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Bans, mutes and frozen rooms. */
public interface ModerationRepository {
    /** Adds or replaces the user's restriction of that kind in the room. */
    void put(Restriction restriction);

    /** Lifts it; false when there was none. */
    boolean remove(UUID roomId, String userId, Restriction.Kind kind);

    /** The user's restriction of that kind in the room, if any (expired ones too). */
    Optional<Restriction> find(UUID roomId, String userId, Restriction.Kind kind);

    /** Which of {@code userIds} are banned from the room at {@code now}. */
    List<String> bannedAmong(UUID roomId, Collection<String> userIds, Instant now);

    /** Whether the room is frozen and the user banned or muted there at {@code now}: one read, on every send. */
    PostingState postingState(UUID roomId, String userId, Instant now);

    void setFrozen(UUID roomId, boolean frozen, String by, Instant at);
}
