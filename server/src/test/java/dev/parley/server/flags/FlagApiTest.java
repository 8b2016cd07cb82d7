package dev.parley.server.flags;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.TestNode;
import dev.parley.server.ws.WsTestClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reporting messages and the moderation queue over real HTTP: a member reports once, the copy
 * outlives the message, only app admins read and resolve the queue, and a resolution that deletes
 * the message tells the room.
 */
class FlagApiTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();

    private record Reported(String roomId, String messageId, TestNode.User owner, TestNode.User ana) {
        String flags() {
            return "/v1/rooms/" + roomId + "/messages/" + messageId + "/flags";
        }
    }

    private static Reported message(String text) {
        var owner = node.newUser("owner");
        var ana = node.newUser("ana");
        String room = owner.createRoom("group", "Team", ana);
        String message = owner.send(room, text).get("id").asText();
        return new Reported(room, message, owner, ana);
    }

    @Test
    void a_member_reports_a_message_once_and_admins_see_it_in_the_queue_with_a_copy_of_the_text() {
        var r = message("buy cheap watches at example.com");
        var flagged = r.ana().api().post(r.flags(), Map.of("reason", "spam"));
        assertThat(flagged.status()).as(flagged.toString()).isEqualTo(201);
        assertThat(flagged.json().get("status").asText()).isEqualTo("open");
        assertThat(flagged.json().get("text").asText()).isEqualTo("buy cheap watches at example.com");

        var again = r.ana().api().post(r.flags(), Map.of("reason", "still spam"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("already_flagged");

        JsonNode queued = find(openQueue(), flagged.json().get("id").asText());
        assertThat(queued.get("reporterId").asText()).isEqualTo(r.ana().id());
        assertThat(queued.get("authorId").asText()).isEqualTo(r.owner().id());
        assertThat(queued.get("reason").asText()).isEqualTo("spam");
        var audit = node.server().get("/v1/admin/audit?action=message.flag&actorId=" + r.ana().id()).json();
        assertThat(audit.get("items")).hasSize(1);
    }

    @Test
    void the_copy_stays_when_the_author_deletes_the_message() {
        var r = message("something rude");
        String flagId = r.ana().api().post(r.flags(), Map.of("reason", "rude")).json().get("id").asText();
        assertThat(r.owner().api().delete("/v1/rooms/" + r.roomId() + "/messages/" + r.messageId()).status())
                .isEqualTo(200);
        assertThat(find(openQueue(), flagId).get("text").asText()).isEqualTo("something rude");
    }

    @Test
    void resolving_with_delete_tombstones_the_message_tells_the_room_and_closes_every_flag_of_it() {
        var r = message("offensive");
        var bob = node.newUser("bob");
        r.owner().api().post("/v1/rooms/" + r.roomId() + "/members", Map.of("userIds", List.of(bob.id())));
        String first = r.ana().api().post(r.flags(), Map.of("reason", "offensive")).json().get("id").asText();
        String second = bob.api().post(r.flags(), Map.of("reason", "me too")).json().get("id").asText();
        var admin = node.newUser("admin", "admin");
        try (var socket = WsTestClient.connect(node)) {
            socket.authenticate(node.token(r.ana().id()));
            var resolved = admin.api().post("/v1/admin/flags/" + first + "/resolve", Map.of("action", "delete"));
            assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
            assertThat(resolved.json().get("status").asText()).isEqualTo("deleted");
            assertThat(resolved.json().get("resolvedBy").asText()).isEqualTo(admin.id());
            assertThat(socket.awaitType("message.deleted").get("message").get("id").asText())
                    .isEqualTo(r.messageId());
        }
        assertThat(r.owner().api().allMessages(r.roomId()).getFirst().get("text").asText()).isEmpty();
        var queue = openQueue();
        assertThat(ids(queue)).doesNotContain(first, second);
        var twice = admin.api().post("/v1/admin/flags/" + second + "/resolve", Map.of("action", "dismiss"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("flag_resolved");
        var deleted = node.server().get("/v1/admin/flags?status=deleted&limit=200").json().get("items");
        assertThat(ids(deleted)).contains(first, second);
        assertThat(node.server().get("/v1/admin/audit?action=flag.delete&actorId=" + admin.id()).json().get("items"))
                .hasSize(1);
    }

    @Test
    void dismissing_keeps_the_message() {
        var r = message("fine actually");
        String flag = r.ana().api().post(r.flags(), Map.of("reason", "hmm")).json().get("id").asText();
        var dismissed = node.server().post("/v1/admin/flags/" + flag + "/resolve", Map.of("action", "dismiss"));
        assertThat(dismissed.json().get("status").asText()).isEqualTo("dismissed");
        assertThat(r.owner().api().allMessages(r.roomId()).getFirst().get("text").asText()).isEqualTo("fine actually");
    }

    @Test
    void only_app_admins_read_or_resolve_the_queue_and_a_refusal_changes_nothing() {
        var r = message("meh");
        String flag = r.ana().api().post(r.flags(), Map.of("reason", "meh")).json().get("id").asText();
        var list = r.owner().api().get("/v1/admin/flags");
        assertThat(list.status()).isEqualTo(403);
        assertThat(list.code()).isEqualTo("forbidden");
        var resolve = r.owner().api().post("/v1/admin/flags/" + flag + "/resolve", Map.of("action", "delete"));
        assertThat(resolve.status()).isEqualTo(403);
        assertThat(find(openQueue(), flag).get("status").asText()).isEqualTo("open");
        assertThat(r.owner().api().allMessages(r.roomId()).getFirst().get("text").asText()).isEqualTo("meh");
    }

    @Test
    void reporting_a_message_of_a_room_you_are_not_in_is_not_found_and_stores_nothing() {
        var r = message("private");
        var stranger = node.newUser("stranger");
        var refused = stranger.api().post(r.flags(), Map.of("reason", "spam"));
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.code()).isEqualTo("room_not_found");
        assertThat(openQueue().findValuesAsText("messageId")).doesNotContain(r.messageId());
    }

    @Test
    void bad_reports_and_resolutions_are_refused_with_plain_reasons() {
        var r = message("hello");
        assertThat(r.ana().api().post(r.flags(), Map.of("reason", "")).code()).isEqualTo("validation_failed");
        assertThat(r.ana().api().post(r.flags(), Map.of("reason", "x".repeat(501))).code())
                .isEqualTo("validation_failed");
        var own = r.owner().api().post(r.flags(), Map.of("reason", "oops"));
        assertThat(own.code()).isEqualTo("validation_failed");
        assertThat(own.json().get("detail").asText()).isEqualTo("you cannot report your own message");
        var unknown = r.ana().api().post("/v1/rooms/" + r.roomId() + "/messages/" + java.util.UUID.randomUUID()
                + "/flags", Map.of("reason", "x"));
        assertThat(unknown.code()).isEqualTo("message_not_found");
        assertThat(node.server().post("/v1/admin/flags/" + java.util.UUID.randomUUID() + "/resolve",
                Map.of("action", "dismiss")).code()).isEqualTo("flag_not_found");
        String flag = r.ana().api().post(r.flags(), Map.of("reason", "x")).json().get("id").asText();
        var badAction = node.server().post("/v1/admin/flags/" + flag + "/resolve", Map.of("action", "ban"));
        assertThat(badAction.code()).isEqualTo("validation_failed");
        assertThat(badAction.json().get("detail").asText()).isEqualTo("action must be dismiss or delete");
        assertThat(node.server().get("/v1/admin/flags?status=weird").code()).isEqualTo("validation_failed");
        assertThat(find(openQueue(), flag).get("status").asText()).isEqualTo("open");
    }

    private static JsonNode openQueue() {
        var queue = node.server().get("/v1/admin/flags?limit=200");
        assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
        return queue.json().get("items");
    }

    private static JsonNode find(JsonNode items, String flagId) {
        for (JsonNode item : items) {
            if (item.get("id").asText().equals(flagId)) {
                return item;
            }
        }
        throw new AssertionError("flag " + flagId + " not in " + items);
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }
}
