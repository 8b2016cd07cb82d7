package dev.parley.core.room;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface MemberRepository {
    Optional<Member> find(UUID roomId, String userId);

    void insert(Member member);

    void delete(UUID roomId, String userId);

    void setRole(UUID roomId, String userId, MemberRole role);

    void setHidden(UUID roomId, String userId, boolean hidden);

    /** Mutes or unmutes the room for this member (a no-op for a non-member). */
    void setMuted(UUID roomId, String userId, boolean muted);

    boolean isMuted(UUID roomId, String userId);

    /** Sets or (null) clears a moderator's mute of the member (a no-op for a non-member). */
    void setSilence(UUID roomId, String userId, Silence silence);

    /**
     * How many messages above {@code seq} mention the user, by name or {@code @all}: a range of
     * the mentions key (room, user, seq), so its cost is the number of unread mentions, not of
     * messages. The room list ({@link #roomsOf}) counts the same way per room.
     */
    long mentionsAbove(UUID roomId, String userId, long seq);

    /** Moves the read mark forward only; returns the mark after the call. */
    long advanceReadMark(UUID roomId, String userId, long seq);

    /** Members of a room ordered by user id, after {@code afterUserId} (exclusive, may be null). */
    List<MemberView> list(UUID roomId, String afterUserId, int fetch);

    /** Every member of a room. */
    List<Member> all(UUID roomId);

    Optional<MemberView> findView(UUID roomId, String userId);

    /** The longest-standing member other than {@code excludedUserId}, to inherit ownership. */
    Optional<Member> oldestExcept(UUID roomId, String excludedUserId);

    /** The non-hidden rooms of a user, most recent activity first, for keyset paging. */
    List<RoomSummary> roomsOf(String userId, ActivityPosition after, int fetch);

    /** The ids of every room the user is a member of, hidden direct rooms included. */
    List<UUID> roomIdsOf(String userId);

    /** Every room the user is a member of (hidden direct rooms included) with its position now. */
    java.util.Map<UUID, dev.parley.core.change.RoomPosition> positionsOf(String userId);

    /** The other member of a direct room, as seen by {@code userId}. */
    Optional<dev.parley.core.user.UserCard> directPeer(UUID roomId, String userId);

    /** Other users who share at least one room with this user; at most {@code limit} of them. */
    List<String> peersOf(String userId, int limit);

    List<String> existingMembers(UUID roomId, Collection<String> userIds);

    /** The position of a room in a user's room list. */
    record ActivityPosition(java.time.Instant lastActivityAt, UUID roomId) {
    }
}
