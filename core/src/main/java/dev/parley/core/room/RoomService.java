package dev.parley.core.room;

import static dev.parley.core.room.RoomAccess.accessRoom;

import dev.parley.core.audit.AuditTrail;
import dev.parley.core.auth.Actor;
import dev.parley.core.auth.Permission;
import dev.parley.core.grant.LiveGrants;
import dev.parley.core.error.Constraints;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.event.Event;
import dev.parley.core.id.IdGenerator;
import dev.parley.core.id.Uuids;
import dev.parley.core.message.Message;
import dev.parley.core.page.Cursor;
import dev.parley.core.page.Page;
import dev.parley.core.page.PageRequest;
import dev.parley.core.store.DuplicateKeyException;
import dev.parley.core.store.Repositories;
import dev.parley.core.store.Transactor;
import dev.parley.core.user.Upserted;
import dev.parley.core.user.UserCard;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Rooms: create, the direct room of two users, read, list, rename, delete, channel directory. */
public final class RoomService {
    public static final int MAX_NAME = 100;
    public static final int MAX_TOPIC = 500;

    private final Transactor store;
    private final IdGenerator ids;
    private final Clock clock;
    private final LiveGrants grants;
    private final Admission admission;
    private final AuditTrail audit;

    public RoomService(Transactor store, IdGenerator ids, Clock clock, LiveGrants grants) {
        this(store, ids, clock, grants, Admission.IMMEDIATE);
    }

    /** With {@code admission} deciding whether a new group's other members join at once or are invited. */
    public RoomService(Transactor store, IdGenerator ids, Clock clock, LiveGrants grants, Admission admission) {
        this.store = store;
        this.ids = ids;
        this.clock = clock;
        this.grants = grants;
        this.admission = admission;
        this.audit = new AuditTrail(ids, clock);
    }

    public RoomSummary create(Actor actor, RoomDraft draft) {
        RoomType type = RoomType.parseCreatable(draft.type());
        grants.current().check(actor, type == RoomType.CHANNEL ? Permission.CREATE_CHANNELS : Permission.CREATE_GROUPS);
        String name = Constraints.checkText("name", draft.name(), 1, MAX_NAME);
        String topic = Constraints.checkOptionalText("topic", draft.topic(), MAX_TOPIC);
        Constraints.checkUrl("avatarUrl", draft.avatarUrl());
        List<String> invited = MemberIds.check("memberIds", draft.memberIds(), actor.userId());
        Instant now = clock.instant();
        UUID id = ids.next();
        return store.write(repos -> {
            MemberIds.checkActiveUsers(repos, invited);
            Room proposed = newRoom(id, type, name, topic, draft, actor, now, 1);
            // With explicit joins the others of a group are invited; the room starts with its owner.
            List<String> joining = type == RoomType.GROUP && !invited.isEmpty()
                    ? admission.admit(repos, proposed, actor.userId(), invited) : invited;
            Room room = newRoom(id, type, name, topic, draft, actor, now, joining.size() + 1);
            repos.rooms().insert(room, null);
            List<Member> members = new ArrayList<>();
            members.add(new Member(room.id(), actor.userId(), MemberRole.OWNER, 0, false, now));
            for (String userId : joining) {
                members.add(new Member(room.id(), userId, MemberRole.MEMBER, 0, false, now));
            }
            members.forEach(repos.members()::insert);
            List<String> memberIds = members.stream().map(Member::userId).toList();
            var created = repos.record(new Event.RoomCreated(room, memberIds, views(repos, members)));
            return new RoomSummary(created.room(), MemberRole.OWNER, 0, 0, null, null, 0, false);
        });
    }

    private static Room newRoom(UUID id, RoomType type, String name, String topic, RoomDraft draft, Actor actor,
            Instant now, int memberCount) {
        return new Room(id, type, name, topic, draft.avatarUrl(), draft.data(), actor.userId(), now, now, 0, now,
                memberCount, 0);
    }

    /** The one direct room of the actor and {@code otherUserId}, created on first use. */
    public Upserted<RoomSummary> openDirect(Actor actor, String otherUserId) {
        Constraints.checkUserId("userId", otherUserId);
        if (otherUserId.equals(actor.userId())) {
            throw ParleyException.invalid("a direct room needs another user");
        }
        String key = directKey(actor.userId(), otherUserId);
        try {
            return openDirect(actor, otherUserId, key);
        } catch (DuplicateKeyException raced) {
            return openDirect(actor, otherUserId, key);
        }
    }

    private Upserted<RoomSummary> openDirect(Actor actor, String otherUserId, String key) {
        Instant now = clock.instant();
        return store.write(repos -> {
            MemberIds.checkActiveUsers(repos, List.of(otherUserId));
            var existing = repos.rooms().findDirect(key);
            if (existing.isPresent()) {
                Room room = existing.get();
                DirectRoomVisibility.set(repos, room, actor.userId(), false);
                return new Upserted<>(RoomSummaries.of(repos, repos.rooms().find(room.id()).orElseThrow(), actor),
                        false);
            }
            grants.current().check(actor, Permission.CREATE_DIRECT_ROOMS);
            Room room = new Room(ids.next(), RoomType.DIRECT, null, null, null, null, actor.userId(), now, now, 0, now, 2,
                    0);
            repos.rooms().insert(room, key);
            List<Member> members = List.of(new Member(room.id(), actor.userId(), MemberRole.MEMBER, 0, false, now),
                    new Member(room.id(), otherUserId, MemberRole.MEMBER, 0, false, now));
            members.forEach(repos.members()::insert);
            List<MemberView> views = views(repos, members);
            var peer = views.stream().map(MemberView::user).filter(card -> card != null && card.id().equals(otherUserId))
                    .findFirst().orElse(null);
            var created = repos.record(new Event.RoomCreated(room, List.of(actor.userId(), otherUserId), views));
            return new Upserted<>(new RoomSummary(created.room(), MemberRole.MEMBER, 0, 0, null, peer, 0, false), true);
        });
    }

    public RoomSummary get(Actor actor, String roomId) {
        UUID id = Uuids.parse("roomId", roomId);
        return store.read(repos -> RoomSummaries.of(repos, accessRoom(repos, actor, id).room(), actor));
    }

    /** Every room the actor is a member of with its position (for routing events to their sessions). */
    public Map<UUID, dev.parley.core.change.RoomPosition> positionsOf(Actor actor) {
        return store.read(repos -> repos.members().positionsOf(actor.userId()));
    }

    /** Users who share a room with the actor (whose presence the actor sees); at most {@code limit}. */
    public List<String> peersOf(Actor actor, int limit) {
        return store.read(repos -> repos.members().peersOf(actor.userId(), limit));
    }

    /** The actor's rooms, most recent activity first. */
    public Page<RoomSummary> list(Actor actor, PageRequest page) {
        var position = Cursor.decode(page.after(), 2);
        var after = position == null ? null : activityPosition(position);
        var rows = store.read(repos -> RoomSummaries.withReactions(repos,
                repos.members().roomsOf(actor.userId(), after, page.limit() + 1)));
        return Page.of(rows, page.limit(), summary -> Cursor.encode(
                summary.room().lastActivityAt().toString(), summary.room().id().toString()));
    }

    public RoomSummary update(Actor actor, String roomId, RoomPatch patch) {
        UUID id = Uuids.parse("roomId", roomId);
        if (patch.name() != null) {
            Constraints.checkText("name", patch.name(), 1, MAX_NAME);
        }
        Constraints.checkOptionalText("topic", patch.topic(), MAX_TOPIC);
        Constraints.checkUrl("avatarUrl", patch.avatarUrl());
        return store.write(repos -> {
            var visible = accessRoom(repos, actor, id);
            RoomAccess.checkNotDirect(visible.room());
            grants.current().checkIn(actor, visible, Permission.UPDATE_ROOM);
            Room old = visible.room();
            Room room = new Room(old.id(), old.type(),
                    patch.name() != null ? patch.name() : old.name(),
                    patch.topic() != null ? patch.topic() : old.topic(),
                    patch.avatarUrl() != null ? patch.avatarUrl() : old.avatarUrl(),
                    patch.data() != null ? patch.data() : old.data(),
                    old.createdBy(), old.createdAt(), clock.instant(), old.lastSeq(), old.lastActivityAt(),
                    old.memberCount(), old.lastChange(), old.frozen(),
                    old.slowModeSeconds());
            if (sameContent(old, room)) {
                return RoomSummaries.of(repos, old, actor); // a no-op patch: no updatedAt bump, no event
            }
            repos.rooms().update(room);
            return RoomSummaries.of(repos, repos.record(new Event.RoomUpdated(room)).room(), actor);
        });
    }

    private static boolean sameContent(Room a, Room b) {
        return java.util.Objects.equals(a.name(), b.name()) && java.util.Objects.equals(a.topic(), b.topic())
                && java.util.Objects.equals(a.avatarUrl(), b.avatarUrl()) && java.util.Objects.equals(a.data(), b.data());
    }

    /**
     * Deletes the room with its history; only its owner or an admin may. Audited as
     * {@code room.delete} (the room's type, name and member count) in the same transaction.
     */
    public void delete(Actor actor, String roomId) {
        UUID id = Uuids.parse("roomId", roomId);
        store.write(repos -> {
            var visible = accessRoom(repos, actor, id);
            if (!actor.isAdmin()) {
                RoomAccess.checkOwner(visible, actor);
            }
            List<String> members = repos.members().all(id).stream().map(Member::userId).toList();
            repos.rooms().delete(id);
            repos.record(new Event.RoomDeleted(id, visible.room().lastSeq(), members));
            audit.write(repos, actor, "room.delete", "room", id.toString(), describe(visible.room(), members.size()),
                    null);
            return null;
        });
    }

    /** What the audit log keeps of a deleted room: its type, name and how many members it had. */
    private static String describe(Room room, int memberCount) {
        return room.type().wireName() + (room.name() == null ? "" : " '" + room.name() + "'") + ", " + memberCount
                + (memberCount == 1 ? " member" : " members");
    }

    /** Public channels whose name starts with {@code query}, by name. */
    public Page<RoomSummary> channels(Actor actor, String query, PageRequest page) {
        grants.current().check(actor, Permission.JOIN_CHANNELS);
        String prefix = query == null ? "" : Constraints.checkText("query", query, 0, MAX_NAME);
        var position = Cursor.decode(page.after(), 2);
        var after = position == null ? null
                : new RoomRepository.ChannelPosition(position.get(0), parseCursorId(position.get(1)));
        var rows = store.read(repos -> repos.rooms().channels(prefix, after, page.limit() + 1).stream()
                .map(room -> RoomSummaries.of(repos, room, actor)).toList());
        return Page.of(rows, page.limit(), summary -> Cursor.encode(
                RoomNames.fold(summary.room().name()), summary.room().id().toString()));
    }

    /** The members with their users' cards, in that order, read at once. */
    private static List<MemberView> views(Repositories repos, List<Member> members) {
        Map<String, UserCard> cards = new java.util.HashMap<>();
        repos.users().findAll(members.stream().map(Member::userId).toList())
                .forEach(user -> cards.put(user.id(), user.card()));
        return members.stream().map(member -> new MemberView(member, cards.get(member.userId()))).toList();
    }

    static String directKey(String a, String b) {
        // A space cannot occur in a user id, so the key is unambiguous.
        return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
    }

    private static MemberRepository.ActivityPosition activityPosition(List<String> position) {
        try {
            return new MemberRepository.ActivityPosition(Instant.parse(position.get(0)), parseCursorId(position.get(1)));
        } catch (DateTimeParseException e) {
            throw Cursor.invalid();
        }
    }

    private static UUID parseCursorId(String value) {
        try {
            return Uuids.parse("cursor", value);
        } catch (ParleyException e) {
            throw Cursor.invalid();
        }
    }

    static ParleyException userNotFound(List<String> missing) {
        return new ParleyException(ErrorCode.USER_NOT_FOUND, "no active user " + String.join(", ", missing));
    }
}
