package dev.parley.store;

import dev.parley.core.id.IdGenerator;
import dev.parley.core.id.UuidV7Generator;
import dev.parley.core.message.Append;
import dev.parley.core.message.Attachment;
import dev.parley.core.message.Mentions;
import dev.parley.core.message.Message;
import dev.parley.core.message.MessageLog;
import dev.parley.core.room.Member;
import dev.parley.core.room.MemberRole;
import dev.parley.core.room.Room;
import dev.parley.core.room.RoomType;
import dev.parley.core.store.Store;
import dev.parley.core.user.JsonText;
import dev.parley.core.user.User;
import dev.parley.core.user.UserRole;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds users, rooms and messages in a store for tests. Ids are unique per call, so tests
 * sharing one database do not see each other's data.
 */
public final class TestData {
    private static final AtomicLong COUNTER = new AtomicLong();

    private final Store store;
    private final IdGenerator ids = new UuidV7Generator(Clock.systemUTC());

    public TestData(Store store) {
        this.store = store;
    }

    /** A short random token of lowercase letters, to make names and prefixes unique. */
    public static String token() {
        StringBuilder token = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            token.append((char) ('a' + random.nextInt(26)));
        }
        return token.append(COUNTER.incrementAndGet()).toString();
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public UUID nextId() {
        return ids.next();
    }

    public User user() {
        String id = "u" + token();
        return user(id, "User " + id);
    }

    public User user(String id, String name) {
        Instant now = now();
        User user = new User(id, name, "https://example.com/" + id + ".png", UserRole.USER,
                new JsonText("{\"k\":1}"), true, now, now);
        store.transaction(repos -> {
            repos.users().insert(user);
            return null;
        });
        return user;
    }

    /** A group room owned by {@code owner} with {@code others} as members. */
    public Room group(User owner, User... others) {
        return room(RoomType.GROUP, "Room " + token(), null, owner, others);
    }

    public Room channel(String name, User owner, User... others) {
        return room(RoomType.CHANNEL, name, null, owner, others);
    }

    public Room direct(User a, User b) {
        String key = a.id().compareTo(b.id()) < 0 ? a.id() + " " + b.id() : b.id() + " " + a.id();
        return room(RoomType.DIRECT, null, key, a, b);
    }

    public Room room(RoomType type, String name, String directKey, User owner, User... others) {
        Instant now = now();
        Room room = new Room(ids.next(), type, name, "topic", null, null, owner.id(), now, now, 0, now,
                others.length + 1, 0);
        store.transaction(repos -> {
            repos.rooms().insert(room, directKey);
            MemberRole ownerRole = type == RoomType.DIRECT ? MemberRole.MEMBER : MemberRole.OWNER;
            repos.members().insert(new Member(room.id(), owner.id(), ownerRole, 0, false, now));
            for (User other : others) {
                repos.members().insert(new Member(room.id(), other.id(), MemberRole.MEMBER, 0, false, now));
            }
            return null;
        });
        return room;
    }

    public Append append(Room room, User user, String text, String clientId) {
        return new Append(ids.next(), room.id(), room.isDirect(), user.id(), text, null, List.of(), clientId, now(), null);
    }

    public Append append(UUID roomId, String userId, String text, String clientId) {
        return new Append(ids.next(), roomId, false, userId, text, null, List.of(), clientId, now(), null);
    }

    public Message post(Room room, User user, String text) {
        return post(store.messageLog(), append(room, user, text, null));
    }

    /** A message with the given mentions (as the message service would have parsed them). */
    public Message post(Room room, User user, String text, Mentions mentions) {
        return post(store.messageLog(), new Append(ids.next(), room.id(), room.isDirect(), user.id(), text, null,
                List.of(), null, now(), mentions));
    }

    public Message post(MessageLog log, Append append) {
        return log.append(append).message();
    }

    public static Attachment attachment(String name) {
        return new Attachment("file", "https://example.com/" + name, name, "text/plain", 12L);
    }
}
