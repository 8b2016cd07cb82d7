package dev.parley.core.flag;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reported messages: the moderation queue. */
public interface FlagRepository {
    /**
     * Stores a new flag; throws {@link dev.parley.core.store.DuplicateKeyException} when its
     * reporter flagged that message before.
     */
    void add(Flag flag);

    Optional<Flag> find(UUID flagId);

    /** Up to {@code limit} flags of that status, newest first, below {@code beforeId} when given. */
    List<Flag> list(FlagStatus status, UUID beforeId, int limit);

    /** Resolves every open flag of the message; returns how many. */
    int resolveAll(UUID messageId, FlagStatus status, String by, Instant at);
}
