package dev.parley.core.moderation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Bans and mutes with their reasons and ends. A member's mute is also on their membership
 * ({@link dev.parley.core.room.Member#silence()}) and a freeze on the room's row, which the send
 * path reads with the room: it reads this repository only for one who is not a member.
 */
public interface ModerationRepository {
    /** Adds or replaces the user's restriction of that kind in the room. */
    void put(Restriction restriction);

    /** Lifts it; false when there was none. */
    boolean remove(UUID roomId, String userId, Restriction.Kind kind);

    /** The user's restriction of that kind in the room, if any (expired ones too). */
    Optional<Restriction> find(UUID roomId, String userId, Restriction.Kind kind);

    /** Which of {@code userIds} are banned from the room at {@code now}. */
    List<String> bannedAmong(UUID roomId, Collection<String> userIds, Instant now);

    /** Whether the user is banned or muted in the room at {@code now}: one read. */
    PostingState postingState(UUID roomId, String userId, Instant now);
}
