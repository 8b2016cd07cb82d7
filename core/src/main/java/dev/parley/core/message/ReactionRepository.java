package dev.parley.core.message;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public interface ReactionRepository {
    /** Adds the reaction; returns false when the user had already reacted with this emoji. */
    boolean add(UUID roomId, UUID messageId, String userId, String emoji, Instant at);

    /** Removes the reaction; returns false when there was none. */
    boolean remove(UUID messageId, String userId, String emoji);

    void removeAll(UUID messageId);

    /** The reactions of each given message, grouped by emoji in order of first use. */
    Map<UUID, List<Reaction>> of(Collection<UUID> messageIds);
}
