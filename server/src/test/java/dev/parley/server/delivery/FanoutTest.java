package dev.parley.server.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.core.auth.Actor;
import dev.parley.core.auth.Credential;
import dev.parley.core.change.RoomPosition;
import dev.parley.core.change.RoomTail;
import dev.parley.core.event.Event;
import dev.parley.core.message.Message;
import dev.parley.core.room.Member;
import dev.parley.core.room.MemberRole;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fan-out thread with the registry: a join published by one node that reaches this node
 * after messages another node posted after it.
 */
class FanoutTest {
    private final UUID room = UUID.randomUUID();
    /** The room as the database holds it: messages 1–3; the join (change 2) was made when the last seq was 1. */
    private final List<Message> stored = List.of(message(1), message(2), message(3));
    private final Recipients registry = new Recipients();
    private final Fanout fanout = new Fanout(registry, new TailOnly() {
        @Override
        public RoomTail after(UUID roomId, RoomPosition from, int limit) {
            return RoomTail.merge(from, stored.stream().filter(m -> m.seq() > from.lastSeq()).limit(limit).toList(),
                    List.of(), limit);
        }

        @Override
        public Optional<RoomPosition> position(UUID roomId) {
            return Optional.of(new RoomPosition(3, 2));
        }
    }, Duration.ofSeconds(5).toNanos(), count -> { });

    @AfterEach
    void stop() {
        fanout.close();
    }

    @Test
    void a_newcomer_whose_join_arrives_after_later_messages_gets_them_after_its_member_added_in_order() {
        var ana = new Listener("ana");
        var bob = new Listener("bob");
        registry.register(ana);
        registry.loaded(ana, Set.of(room));
        registry.register(bob);
        registry.loaded(bob, Set.of());
        fanout.track(Map.of(room, new RoomPosition(0, 1)));

        // Messages 2 and 3 came over the bus before the join (made at seq 1) did.
        fanout.accept(new Event.MessagePosted(message(1)));
        fanout.accept(new Event.MessagePosted(message(2)));
        fanout.accept(new Event.MessagePosted(message(3)));
        fanout.accept(new Event.MemberAdded(new Member(room, "bob", MemberRole.MEMBER, 1, false, Instant.EPOCH), 1,
                null, null, 2));
        fanout.accept(new Event.MessagePosted(message(4)));

        await().atMost(Duration.ofSeconds(5)).until(() -> bob.got.size() == 4);
        assertThat(bob.got).containsExactly("member.added 2", "message.new 2", "message.new 3", "message.new 4");
        assertThat(ana.got).containsExactly("message.new 1", "message.new 2", "message.new 3", "member.added 2",
                "message.new 4");
    }

    @Test
    void a_join_that_arrives_in_its_place_brings_no_extra_read() {
        var bob = new Listener("bob");
        registry.register(bob);
        registry.loaded(bob, Set.of());
        fanout.track(Map.of(room, new RoomPosition(0, 1)));

        fanout.accept(new Event.MessagePosted(message(1)));
        fanout.accept(new Event.MemberAdded(new Member(room, "bob", MemberRole.MEMBER, 1, false, Instant.EPOCH), 1,
                null, null, 2));
        fanout.accept(new Event.MessagePosted(message(2)));

        await().atMost(Duration.ofSeconds(5)).until(() -> bob.got.size() == 2);
        assertThat(bob.got).containsExactly("member.added 2", "message.new 2");
    }

    private Message message(long seq) {
        return new Message(new UUID(0, seq), room, seq, "ana", "m" + seq, null, List.of(), null, Instant.EPOCH, null,
                null, List.of());
    }

    /** A connection that notes what it is given. */
    private static final class Listener implements Recipient {
        private final String user;
        private final Set<UUID> rooms = ConcurrentHashMap.newKeySet();
        final List<String> got = new CopyOnWriteArrayList<>();

        Listener(String user) {
            this.user = user;
        }

        @Override
        public String id() {
            return user + "-1";
        }

        @Override
        public String userId() {
            return user;
        }

        @Override
        public Credential credential() {
            return null;
        }

        @Override
        public boolean actorChanged(Actor actor) {
            return false;
        }

        @Override
        public Set<UUID> rooms() {
            return rooms;
        }

        @Override
        public void deliver(Delivery delivery) {
            got.add(switch (delivery.event()) {
                case Event.MessagePosted posted -> "message.new " + posted.message().seq();
                case Event.MemberAdded added -> "member.added " + added.change();
                default -> delivery.event().getClass().getSimpleName();
            });
        }

        @Override
        public void forget(UUID roomId) {
        }

        @Override
        public void end(Ending ending, String reason) {
        }
    }
}
