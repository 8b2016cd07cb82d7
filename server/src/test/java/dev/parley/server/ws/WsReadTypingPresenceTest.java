package dev.parley.server.ws;

import static dev.parley.server.ws.WsTestClient.frame;
import static dev.parley.server.ws.WsTestClient.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.TestNode;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Read marks, typing and presence: the small live signals. */
class WsReadTypingPresenceTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();
    @RegisterExtension
    final WsSessions sessions = new WsSessions(node);

    private static long unread(TestNode.User user, String room) {
        return user.api().get("/v1/rooms/" + room).json().get("unreadCount").asLong();
    }

    private static Predicate<JsonNode> read(String room, String userId, long seq) {
        return f -> type(f).equals("read") && f.path("roomId").asText().equals(room)
                && f.path("userId").asText().equals(userId) && f.path("seq").asLong() == seq;
    }

    private static Predicate<JsonNode> presence(String userId, String status) {
        return f -> type(f).equals("presence") && f.path("userId").asText().equals(userId)
                && f.path("status").asText().equals(status);
    }

    @Test
    void read_moves_the_mark_never_backwards_and_tells_the_users_sessions_and_the_other_members() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.createRoom("group", "Reading", bob);
        var reader = sessions.open(bob);
        var otherTab = sessions.open(bob);
        var author = sessions.open(ana);
        for (int i = 1; i <= 5; i++) {
            ana.send(room, "m" + i);
        }
        reader.awaitCount(5, f -> type(f).equals("message.new"));

        reader.send(frame("read", "roomId", room, "seq", 3, "ref", "read-3"));
        for (var client : List.of(reader, otherTab, author)) {
            JsonNode event = client.awaitFrame(read(room, bob.id(), 3));
            assertThat(event.get("lastSeq").asLong()).isEqualTo(5);
        }
        assertThat(unread(bob, room)).isEqualTo(2);

        reader.send(frame("read", "roomId", room, "seq", 1, "ref", "read-1"));
        reader.ping();
        assertThat(unread(bob, room)).isEqualTo(2);

        otherTab.send(frame("read", "roomId", room, "seq", 99, "ref", "read-99"));
        for (var client : List.of(reader, otherTab, author)) {
            client.awaitFrame(read(room, bob.id(), 5));
        }
        assertThat(unread(bob, room)).isZero();
        for (var client : List.of(reader, otherTab, author)) {
            assertThat(client.framesOfType("read")).extracting(f -> f.get("seq").asLong())
                    .as("read marks seen by every session never go backwards").isSorted().doesNotContain(1L);
            assertThat(client.framesOfType("error")).isEmpty();
        }
    }

    @Test
    void read_with_a_ref_is_acknowledged_with_the_mark_even_when_it_does_not_move() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.createRoom("group", "Acked reads", bob);
        var reader = sessions.open(bob);
        var author = sessions.open(ana);
        for (int i = 1; i <= 4; i++) {
            ana.send(room, "m" + i);
        }
        reader.awaitCount(4, f -> type(f).equals("message.new"));

        reader.send(frame("read", "roomId", room, "seq", 3, "ref", "mark-3"));
        JsonNode moved = reader.awaitReply("mark-3");
        reader.send(frame("read", "roomId", room, "seq", 2, "ref", "mark-2"));
        JsonNode stayed = reader.awaitReply("mark-2");

        assertThat(type(moved)).as(moved.toString()).isEqualTo("ack");
        JsonNode mark = moved.get("read");
        assertThat(mark.get("roomId").asText()).isEqualTo(room);
        assertThat(mark.get("userId").asText()).isEqualTo(bob.id());
        assertThat(mark.get("lastReadSeq").asLong()).isEqualTo(3);
        assertThat(mark.get("lastSeq").asLong()).isEqualTo(4);
        assertThat(mark.get("unreadCount").asLong()).isEqualTo(1);
        assertThat(type(stayed)).as(stayed.toString()).isEqualTo("ack");
        assertThat(stayed.get("read").get("lastReadSeq").asLong()).isEqualTo(3);
        assertThat(stayed.get("read").get("unreadCount").asLong()).isEqualTo(1);
        author.awaitFrame(read(room, bob.id(), 3));
        ana.send(room, "m5");
        author.awaitFrame(f -> type(f).equals("message.new") && f.get("seq").asLong() == 5);
        assertThat(author.framesOfType("read")).as("no read event when the mark did not move").hasSize(1);
        assertThat(unread(bob, room)).isEqualTo(2);
    }

    @Test
    void read_in_a_room_you_cannot_see_gets_room_not_found_with_the_ref() {
        var ana = node.newUser("ana");
        var eve = node.newUser("eve");
        String room = ana.createRoom("group", "Private");
        ana.send(room, "hidden");
        var watcher = sessions.open(ana);
        var outsider = sessions.open(eve);

        outsider.send(frame("read", "roomId", room, "seq", 1, "ref", "peek"));
        JsonNode error = outsider.awaitReply("peek");
        outsider.send(frame("read", "roomId", java.util.UUID.randomUUID().toString(), "seq", 1, "ref", "void"));
        JsonNode missing = outsider.awaitReply("void");

        assertThat(type(error)).isEqualTo("error");
        assertThat(error.get("code").asText()).isEqualTo("room_not_found");
        assertThat(missing.get("code").asText()).isEqualTo("room_not_found");
        watcher.ping();
        assertThat(watcher.framesOfType("read")).isEmpty();
    }

    @Test
    void typing_is_relayed_to_the_other_members_only_with_expires_in_ms() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        var cid = node.newUser("cid");
        var eve = node.newUser("eve");
        String room = ana.createRoom("group", "Typing", bob);
        ana.createRoom("group", "Elsewhere", cid);
        var typer = sessions.open(ana);
        var typersOtherTab = sessions.open(ana);
        var member = sessions.open(bob);
        var outsider = sessions.open(cid);
        var stranger = sessions.open(eve);

        typer.send(frame("typing", "roomId", room));
        stranger.send(frame("typing", "roomId", room, "ref", "sneaky"));
        JsonNode typing = member.awaitType("typing");
        JsonNode refused = stranger.awaitReply("sneaky");

        assertThat(typing.get("roomId").asText()).isEqualTo(room);
        assertThat(typing.get("userId").asText()).isEqualTo(ana.id());
        assertThat(typing.get("expiresInMs").asLong()).isEqualTo(5000);
        assertThat(typing.get("lastSeq").asLong()).isZero();
        assertThat(refused.get("code").asText()).isEqualTo("room_not_found");
        await().during(Duration.ofMillis(400)).atMost(Duration.ofSeconds(2)).until(() -> List.of(typer,
                typersOtherTab, outsider, stranger).stream().allMatch(c -> c.framesOfType("typing").isEmpty()));
        assertThat(member.framesOfType("typing")).hasSize(1);
        assertThat(typer.framesOfType("error")).isEmpty();
    }

    @Test
    void presence_goes_online_at_once_and_offline_only_after_the_grace_period_without_flapping_on_reload() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        var cid = node.newUser("cid");
        var eve = node.newUser("eve");
        ana.createRoom("group", "Presence", bob, cid);
        var observer = sessions.open(bob);
        var stranger = sessions.open(eve);

        var leaving = sessions.open(ana);
        JsonNode online = observer.awaitFrame(presence(ana.id(), "online"));
        var reloading = sessions.open(cid);
        observer.awaitFrame(presence(cid.id(), "online"));

        long closedAt = System.nanoTime();
        leaving.close();
        reloading.close();
        var reloaded = sessions.open(cid);
        observer.awaitFrame(presence(ana.id(), "offline"));
        long offlineAfter = System.nanoTime() - closedAt;
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3))
                .until(() -> observer.frames().stream().noneMatch(presence(cid.id(), "offline")));

        assertThat(online.has("roomId")).isFalse();
        assertThat(online.has("lastSeq")).isFalse();
        assertThat(Duration.ofNanos(offlineAfter)).isBetween(Duration.ofMillis(4500), Duration.ofSeconds(9));
        assertThat(observer.frames().stream().filter(presence(ana.id(), "offline")).count()).isEqualTo(1);
        assertThat(stranger.framesOfType("presence")).noneMatch(f -> f.path("userId").asText().equals(ana.id()));
        reloaded.ping();
    }
}
