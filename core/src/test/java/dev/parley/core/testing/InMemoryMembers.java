package dev.parley.core.testing;

import dev.parley.core.message.Message;
import dev.parley.core.room.Member;
import dev.parley.core.room.MemberRepository;
import dev.parley.core.room.MemberRole;
import dev.parley.core.room.MemberView;
import dev.parley.core.room.Room;
import dev.parley.core.room.RoomSummary;
import dev.parley.core.room.Silence;
import dev.parley.core.testing.Tables.MemberKey;
import dev.parley.core.testing.Tables.MessageKey;
import dev.parley.core.testing.Tables.UserRow;
import dev.parley.core.user.UserCard;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/** {@link MemberRepository} over the in-memory {@code members} table (joined with users, rooms, messages). */
final class InMemoryMembers implements MemberRepository {
    /** Most recent activity first, then the greater room id, as the room list's keyset. */
    private static final Comparator<Room> ACTIVITY_ORDER = Comparator.comparing(Room::lastActivityAt)
            .thenComparing(Room::id, Tables.UUID_ORDER).reversed();

    private final Tables tables;

    InMemoryMembers(Tables tables) {
        this.tables = tables;
    }

    @Override
    public Optional<Member> find(UUID roomId, String userId) {
        return tables.members.find(new MemberKey(roomId, userId));
    }

    @Override
    public void insert(Member member) {
        tables.requireRoom(member.roomId());
        tables.requireUser(member.userId());
        tables.members.insert(new MemberKey(member.roomId(), member.userId()), Micros.of(member));
    }

    @Override
    public void delete(UUID roomId, String userId) {
        tables.members.delete(new MemberKey(roomId, userId));
        tables.mutedMembers.delete(new MemberKey(roomId, userId));
    }

    @Override
    public void setMuted(UUID roomId, String userId, boolean muted) {
        MemberKey key = new MemberKey(roomId, userId);
        if (!muted || !tables.members.contains(key)) {
            tables.mutedMembers.delete(key);
        } else if (!tables.mutedMembers.contains(key)) {
            tables.mutedMembers.insert(key, key);
        }
    }

    @Override
    public boolean isMuted(UUID roomId, String userId) {
        return tables.mutedMembers.contains(new MemberKey(roomId, userId));
    }

    /** The messages above {@code seq} that mention the user (the SQL stores keeps mention rows to count them). */
    @Override
    public long mentionsAbove(UUID roomId, String userId, long seq) {
        return tables.messages.range(new MessageKey(roomId, seq), false, new MessageKey(roomId, Long.MAX_VALUE), true)
                .stream().filter(m -> m.mentions().includes(userId)).count();
    }

    @Override
    public void setRole(UUID roomId, String userId, MemberRole role) {
        tables.members.update(new MemberKey(roomId, userId),
                m -> m.withRole(role));
    }

    @Override
    public void setHidden(UUID roomId, String userId, boolean hidden) {
        tables.members.update(new MemberKey(roomId, userId),
                m -> m.withHidden(hidden));
    }

    @Override
    public void setSilence(UUID roomId, String userId, Silence silence) {
        tables.members.update(new MemberKey(roomId, userId), m -> Micros.of(m.withSilence(silence)));
    }

    /** Returns the mark after the call; 0 when the user is not a member. */
    @Override
    public long advanceReadMark(UUID roomId, String userId, long seq) {
        MemberKey key = new MemberKey(roomId, userId);
        tables.members.update(key, m -> m.lastReadSeq() >= seq ? m
                : new Member(m.roomId(), m.userId(), m.role(), seq, m.hidden(), m.joinedAt(), m.silence()));
        return tables.members.find(key).map(Member::lastReadSeq).orElse(0L);
    }

    @Override
    public List<MemberView> list(UUID roomId, String afterUserId, int fetch) {
        return membersOf(roomId).filter(m -> afterUserId == null || m.userId().compareTo(afterUserId) > 0)
                .limit(fetch).map(this::view).toList();
    }

    @Override
    public List<Member> all(UUID roomId) {
        return membersOf(roomId).toList();
    }

    @Override
    public Optional<MemberView> findView(UUID roomId, String userId) {
        return find(roomId, userId).map(this::view);
    }

    /** Ties on the join time go to the smallest user id, so the heir is always the same. */
    @Override
    public Optional<Member> oldestExcept(UUID roomId, String excludedUserId) {
        return membersOf(roomId).filter(m -> !m.userId().equals(excludedUserId))
                .min(Comparator.comparing(Member::joinedAt).thenComparing(Member::userId));
    }

    @Override
    public List<RoomSummary> roomsOf(String userId, ActivityPosition after, int fetch) {
        return tables.members.rows(m -> m.userId().equals(userId) && !m.hidden()).stream()
                .map(m -> Map.entry(m, tables.room(m.roomId()).orElseThrow()))
                .filter(e -> after == null || isAfter(e.getValue(), after))
                .sorted(Map.Entry.comparingByValue(ACTIVITY_ORDER))
                .limit(fetch)
                .map(e -> summary(e.getKey(), e.getValue()))
                .toList();
    }

    @Override
    public List<UUID> roomIdsOf(String userId) {
        return tables.members.rows(m -> m.userId().equals(userId)).stream().map(Member::roomId).toList();
    }

    @Override
    public Map<UUID, dev.parley.core.change.RoomPosition> positionsOf(String userId) {
        Map<UUID, dev.parley.core.change.RoomPosition> positions = new LinkedHashMap<>();
        for (UUID roomId : roomIdsOf(userId)) {
            var room = tables.room(roomId).orElseThrow();
            positions.put(roomId, new dev.parley.core.change.RoomPosition(room.lastSeq(), room.lastChange()));
        }
        return positions;
    }

    @Override
    public Optional<UserCard> directPeer(UUID roomId, String userId) {
        return membersOf(roomId).filter(m -> !m.userId().equals(userId)).findFirst().map(this::card);
    }

    @Override
    public List<String> peersOf(String userId, int limit) {
        Set<UUID> rooms = new HashSet<>(roomIdsOf(userId));
        return tables.members.rows(m -> rooms.contains(m.roomId()) && !m.userId().equals(userId)).stream()
                .map(Member::userId).distinct().sorted().limit(limit).toList();
    }

    @Override
    public List<String> existingMembers(UUID roomId, Collection<String> userIds) {
        return userIds.stream().distinct().filter(id -> find(roomId, id).isPresent()).sorted().toList();
    }

    private Stream<Member> membersOf(UUID roomId) {
        return tables.members.rows(m -> m.roomId().equals(roomId)).stream().sorted(Comparator.comparing(Member::userId));
    }

    private MemberView view(Member member) {
        return new MemberView(member, card(member));
    }

    private UserCard card(Member member) {
        return tables.users.find(member.userId()).map(UserRow::user).orElseThrow().card();
    }

    private RoomSummary summary(Member member, Room room) {
        var messages = new InMemoryMessages(tables);
        Message last = messages.latest(room.id()).orElse(null);
        UserCard peer = room.isDirect() ? directPeer(room.id(), member.userId()).orElse(null) : null;
        return new RoomSummary(room, member.role(), member.lastReadSeq(),
                Math.max(0, room.lastSeq() - member.lastReadSeq() - messages.deletedAbove(room.id(), member.lastReadSeq())),
                last, peer,
                mentionsAbove(room.id(), member.userId(), member.lastReadSeq()),
                isMuted(room.id(), member.userId()), member.silence());
    }

    private static boolean isAfter(Room room, ActivityPosition after) {
        int byActivity = room.lastActivityAt().compareTo(after.lastActivityAt());
        return byActivity < 0 || (byActivity == 0 && Tables.UUID_ORDER.compare(room.id(), after.roomId()) < 0);
    }
}
