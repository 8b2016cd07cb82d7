package dev.parley.server.erase;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.TestNode;
import dev.parley.server.ws.WsTestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /v1/admin/users/{userId}/export} and {@code POST /v1/admin/users/{userId}/erase},
 * on each database: the export holds everything about the user and no secret; the erasure signs
 * them out everywhere, leaves a neutral profile and deletes or keeps their messages; bad calls
 * change nothing.
 */
abstract class UserErasureApiContract {
    private static final String PASSWORD = "a long enough password 1";

    abstract TestNode node();

    private static String erasePath(TestNode.User user) {
        return "/v1/admin/users/" + user.id() + "/erase";
    }

    @Test
    void the_export_holds_the_profile_rooms_messages_reactions_read_marks_and_reports_and_no_secret() {
        var admin = node().newUser("admin", "admin");
        var ana = node().newUser("ana");
        var bob = node().newUser("bob");
        admin.api().post("/v1/admin/users/" + ana.id() + "/password", Map.of("password", PASSWORD));
        String room = bob.createRoom("group", "Export", ana);
        String bobs = bob.send(room, "from bob").get("id").asText();
        String anas = ana.send(room, "hello from ana").get("id").asText();
        ana.api().put("/v1/rooms/" + room + "/messages/" + bobs + "/reactions/%F0%9F%91%8D", Map.of());
        ana.api().post("/v1/rooms/" + room + "/read", Map.of("seq", 2));
        ana.api().post("/v1/rooms/" + room + "/messages/" + bobs + "/flags", Map.of("reason", "rude"));

        var export = admin.api().get("/v1/admin/users/" + ana.id() + "/export");

        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.header("Content-Disposition")).startsWith("attachment");
        JsonNode data = export.json();
        assertThat(data.at("/profile/id").asText()).isEqualTo(ana.id());
        assertThat(data.at("/profile/role").asText()).isEqualTo("user");
        assertThat(data.get("hasLocalPassword").asBoolean()).isTrue();
        assertThat(data.at("/memberships/0/roomId").asText()).isEqualTo(room);
        assertThat(data.at("/memberships/0/lastReadSeq").asLong()).isEqualTo(2);
        assertThat(data.get("messages")).singleElement().satisfies(message -> {
            assertThat(message.get("id").asText()).isEqualTo(anas);
            assertThat(message.get("roomId").asText()).isEqualTo(room);
            assertThat(message.get("text").asText()).isEqualTo("hello from ana");
        });
        assertThat(data.at("/reactions/0/emoji").asText()).isEqualTo("\uD83D\uDC4D");
        assertThat(data.at("/reactions/0/messageId").asText()).isEqualTo(bobs);
        assertThat(data.at("/flags/0/reason").asText()).isEqualTo("rude");
        assertThat(data.get("files").isArray()).isTrue();
        assertThat(data.get("invitations").isArray()).isTrue();
        assertThat(export.body()).doesNotContain("from bob", "$argon", "password\"", "token");
        assertThat(admin.api().get("/v1/admin/audit?action=user.export&actorId=" + admin.id()).json()
                .at("/items/0/targetId").asText()).isEqualTo(ana.id());
    }

    @Test
    void erasing_with_delete_signs_the_user_out_everywhere_and_deletes_their_messages_for_every_room() {
        var admin = node().newUser("admin", "admin");
        var ana = node().newUser("ana");
        var bob = node().newUser("bob");
        admin.api().post("/v1/admin/users/" + ana.id() + "/password", Map.of("password", PASSWORD));
        String room = bob.createRoom("group", "Erase", ana);
        ana.send(room, "one");
        ana.send(room, "two");
        try (var anaSocket = WsTestClient.connect(node()); var bobSocket = WsTestClient.connect(node())) {
            anaSocket.authenticate(node().token(ana.id()));
            bobSocket.authenticate(node().token(bob.id()));

            var erased = admin.api().post(erasePath(ana), Map.of("messages", "delete"));

            assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
            assertThat(erased.json().get("messagesDeleted").asLong()).isEqualTo(2);
            assertThat(erased.json().get("messages").asText()).isEqualTo("delete");
            assertThat(erased.json().at("/user/name").asText()).isEqualTo("Deleted user");
            assertThat(erased.json().at("/user/active").asBoolean()).isFalse();
            assertThat(anaSocket.awaitClosed()).isNotNull();
            assertThat(bobSocket.awaitCount(2, f -> f.path("type").asText().equals("message.deleted"))).hasSize(2);
        }
        assertThat(ana.api().get("/v1/rooms").status()).isEqualTo(401);
        assertThat(node().anonymous().post("/v1/auth/login", Map.of("userId", ana.id(), "password", PASSWORD))
                .status()).isEqualTo(401);
        assertThat(bob.api().allMessages(room)).allSatisfy(m -> assertThat(m.has("deletedAt")).isTrue());
        assertThat(bob.api().get("/v1/rooms/" + room).json().get("unreadCount").asLong()).isZero();
        var profile = node().server().get("/v1/users/" + ana.id()).json();
        assertThat(profile.get("name").asText()).isEqualTo("Deleted user");
        assertThat(profile.has("avatarUrl")).isFalse();
        assertThat(profile.has("data")).isFalse();
        var audit = admin.api().get("/v1/admin/audit?action=user.erase&actorId=" + admin.id());
        assertThat(audit.json().at("/items/0/targetId").asText()).isEqualTo(ana.id());
        assertThat(audit.body()).doesNotContain("ana ");
    }

    @Test
    void erasing_with_anonymise_keeps_the_text_under_the_neutral_name() {
        var admin = node().newUser("admin", "admin");
        var ana = node().newUser("ana");
        var bob = node().newUser("bob");
        String room = bob.createRoom("group", "Anonymise", ana);
        ana.send(room, "kept text");

        var erased = admin.api().post(erasePath(ana), Map.of("messages", "anonymise"));

        assertThat(erased.status()).isEqualTo(200);
        assertThat(erased.json().get("messagesDeleted").asLong()).isZero();
        var message = bob.api().allMessages(room).stream()
                .filter(m -> m.get("userId").asText().equals(ana.id())).findFirst().orElseThrow();
        assertThat(message.get("text").asText()).isEqualTo("kept text");
        assertThat(message.has("deletedAt")).isFalse();
        assertThat(node().server().get("/v1/users/" + ana.id()).json().get("name").asText())
                .isEqualTo("Deleted user");
        assertThat(ana.api().get("/v1/rooms").status()).isEqualTo(401);
    }

    @Test
    void bad_erasures_are_refused_in_plain_words_and_change_nothing() {
        var admin = node().newUser("admin", "admin");
        var other = node().newUser("admin", "admin");
        var ana = node().newUser("ana");
        var bob = node().newUser("bob");
        String room = bob.createRoom("group", "Refusals", ana);
        ana.send(room, "still here");

        assertThat(ana.api().post(erasePath(bob), Map.of("messages", "delete")).status()).isEqualTo(403);
        assertThat(ana.api().get("/v1/admin/users/" + bob.id() + "/export").status()).isEqualTo(403);
        assertThat(admin.api().post(erasePath(ana), Map.of("messages", "shred")).json().get("detail").asText())
                .contains("\"delete\" or \"anonymise\"");
        assertThat(admin.api().post(erasePath(ana), Map.of()).status()).isEqualTo(400);
        assertThat(admin.api().post("/v1/admin/users/nobody-here/erase", Map.of("messages", "delete")).code())
                .isEqualTo("user_not_found");
        assertThat(admin.api().get("/v1/admin/users/nobody-here/export").code()).isEqualTo("user_not_found");
        var self = admin.api().post(erasePath(admin), Map.of("messages", "delete"));
        assertThat(self.status()).isEqualTo(409);
        assertThat(self.code()).isEqualTo("cannot_erase");
        assertThat(self.json().get("detail").asText()).contains("yourself");

        assertThat(ana.api().get("/v1/rooms").status()).isEqualTo(200);
        assertThat(node().server().get("/v1/users/" + ana.id()).json().get("name").asText()).startsWith("ana");
        assertThat(bob.api().allMessages(room).getFirst().get("text").asText()).isEqualTo("still here");
        assertThat(other.api().get("/v1/admin/stats").status()).isEqualTo(200);
        assertThat(admin.api().get("/v1/admin/audit?action=user.erase&actorId=" + admin.id()).json().get("items"))
                .isEmpty();
    }
}
