package dev.parley.core.call;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Calls and their participants. At most one live (not ended) call per room. An ended call is
 * stored as waiting for its message until {@link #messageWritten}: a node that dies between
 * ending a call and writing its message leaves it to {@link #endedWithoutMessage}.
 */
public interface CallRepository {
    /**
     * Stores a new call.
     *
     * @throws dev.parley.core.store.DuplicateKeyException when its room has a live call already
     */
    void insert(Call call);

    /**
     * Stores {@code call} if the stored one is still at {@code expectedVersion}; false when
     * another writer moved it first (nothing changed: re-read and decide again).
     */
    boolean update(Call call, int expectedVersion);

    Optional<Call> find(UUID id);

    /** The room's call that has not ended, if any. */
    Optional<Call> liveInRoom(UUID roomId);

    /** The live calls {@code userId} rings in or is in. */
    List<Call> liveOf(String userId);

    /** Of {@code userIds}, those in a live call (joined) right now. */
    Set<String> inCall(Collection<String> userIds);

    /** The ids of live calls whose ringing deadline passed before {@code now}, oldest first. */
    List<UUID> ringingPast(Instant now, int limit);

    /** The ids of ended calls whose message is not written yet, ended before {@code endedBefore}, oldest first. */
    List<UUID> endedWithoutMessage(Instant endedBefore, int limit);

    /** The call's message is in its room: the call leaves {@link #endedWithoutMessage}. */
    void messageWritten(UUID callId);
}
