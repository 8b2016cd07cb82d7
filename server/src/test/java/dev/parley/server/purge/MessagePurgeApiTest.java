package dev.parley.server.purge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.TestNode;
import dev.parley.server.ws.WsTestClient;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Deleting all of a user's messages over real HTTP: in one room or everywhere, past one batch,
 * each told to its room; others' messages stay; admins only.
 */
class MessagePurgeApiTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();

    @Test
    void all_of_a_users_messages_in_one_room_become_tombstones_told_to_the_room_and_others_stay() {
        var bob = node.newUser("bob");
        var spammer = node.newUser("spammer");
        String room = bob.createRoom("group", "Team", spammer);
        String other = bob.createRoom("group", "Other", spammer);
        for (int i = 0; i < 130; i++) {
            spammer.send(room, "spam " + i);
        }
        bob.send(room, "a real message");
        spammer.send(other, "elsewhere");
        try (var socket = WsTestClient.connect(node)) {
            socket.authenticate(node.token(bob.id()));
            var purged = node.server().delete("/v1/admin/users/" + spammer.id() + "/messages?roomId=" + room);
            assertThat(purged.status()).as(purged.toString()).isEqualTo(200);
            assertThat(purged.json().get("deleted").asLong()).isEqualTo(130);
            Set<String> told = new HashSet<>();
            socket.awaitCount(130, f -> f.path("type").asText().equals("message.deleted"))
                    .forEach(f -> told.add(f.get("message").get("id").asText()));
            assertThat(told).hasSize(130);
        }
        List<JsonNode> messages = bob.api().allMessages(room);
        assertThat(messages.stream().filter(m -> m.get("userId").asText().equals(spammer.id()))
                .allMatch(m -> m.has("deletedAt") && m.get("text").asText().isEmpty())).isTrue();
        assertThat(messages.stream().filter(m -> m.get("userId").asText().equals(bob.id())).findFirst().orElseThrow()
                .get("text").asText()).isEqualTo("a real message");
        assertThat(bob.api().allMessages(other).getFirst().get("text").asText()).isEqualTo("elsewhere");
        assertThat(node.server().get("/v1/admin/audit?action=user.delete_messages&actorId=%28api%20secret%29")
                .json().get("items").findValuesAsText("targetId")).contains(spammer.id());
    }

    @Test
    void without_a_room_every_room_is_purged_and_a_second_purge_finds_nothing() {
        var bob = node.newUser("bob");
        var spammer = node.newUser("spammer");
        String one = bob.createRoom("group", "One", spammer);
        String two = bob.createRoom("group", "Two", spammer);
        spammer.send(one, "a");
        spammer.send(two, "b");
        var purged = node.server().delete("/v1/admin/users/" + spammer.id() + "/messages");
        assertThat(purged.json().get("deleted").asLong()).isEqualTo(2);
        assertThat(bob.api().allMessages(one).getFirst().has("deletedAt")).isTrue();
        assertThat(bob.api().allMessages(two).getFirst().has("deletedAt")).isTrue();
        assertThat(node.server().delete("/v1/admin/users/" + spammer.id() + "/messages").json().get("deleted")
                .asLong()).isZero();
    }

    @Test
    void only_app_admins_purge_and_bad_targets_are_refused_in_plain_words_changing_nothing() {
        var bob = node.newUser("bob");
        var ana = node.newUser("ana");
        String room = bob.createRoom("group", "Team", ana);
        ana.send(room, "keep me");
        var forbidden = bob.api().delete("/v1/admin/users/" + ana.id() + "/messages?roomId=" + room);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.code()).isEqualTo("forbidden");
        assertThat(node.server().delete("/v1/admin/users/nobody-here/messages").code()).isEqualTo("user_not_found");
        var badRoom = node.server().delete("/v1/admin/users/" + ana.id() + "/messages?roomId=nope");
        assertThat(badRoom.code()).isEqualTo("validation_failed");
        assertThat(node.server().delete("/v1/admin/users/" + ana.id() + "/messages?roomId="
                + java.util.UUID.randomUUID()).code()).isEqualTo("room_not_found");
        assertThat(bob.api().allMessages(room).getFirst().get("text").asText()).isEqualTo("keep me");
    }
}
