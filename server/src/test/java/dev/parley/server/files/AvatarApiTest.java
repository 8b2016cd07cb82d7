package dev.parley.server.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.ApiClient;
import dev.parley.server.TestNode;
import dev.parley.server.ws.WsTestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Avatars of users and rooms over real HTTP: set, replace, remove, who may, and what is served. */
class AvatarApiTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();

    @Test
    void a_user_sets_their_avatar_and_it_is_served_square_at_two_sizes() throws Exception {
        var ana = node.newUser("ana");

        var set = put(ana.api(), "/v1/me/avatar", TestImages.png(600, 300));

        assertThat(set.status()).as(set.body()).isEqualTo(200);
        String url = set.json().get("avatarUrl").asText();
        assertThat(url).matches("/v1/avatars/[0-9a-f-]{36}/256");
        var large = Multipart.fetch(node.url(), url);
        assertThat(large.header("Content-Type")).isEqualTo("image/jpeg");
        assertThat(large.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(TestImages.read(large.body()).getWidth()).isEqualTo(256);
        assertThat(TestImages.read(large.body()).getHeight()).isEqualTo(256);
        var small = TestImages.read(Multipart.fetch(node.url(), url.replace("/256", "/64")).body());
        assertThat(small.getWidth()).isEqualTo(64);
        assertThat(node.server().get("/v1/users/" + ana.id()).json().get("avatarUrl").asText()).isEqualTo(url);
    }

    @Test
    void replacing_or_removing_an_avatar_removes_the_old_images() throws Exception {
        var ana = node.newUser("ana");
        String first = put(ana.api(), "/v1/me/avatar", TestImages.jpeg(100, 100)).json().get("avatarUrl").asText();

        String second = put(ana.api(), "/v1/me/avatar", TestImages.jpeg(120, 90)).json().get("avatarUrl").asText();
        assertThat(Multipart.fetch(node.url(), first).status()).isEqualTo(404);
        var removed = ana.api().delete("/v1/me/avatar");

        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().has("avatarUrl")).isFalse();
        assertThat(Multipart.fetch(node.url(), second).status()).isEqualTo(404);
    }

    @Test
    void the_server_sets_any_users_avatar_and_a_user_token_may_not() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        byte[] image = imageOrFail();

        var byServer = put(node.server(), "/v1/users/" + ana.id() + "/avatar", image);
        var byUser = put(bob.api(), "/v1/users/" + ana.id() + "/avatar", image);
        var unknown = put(node.server(), "/v1/users/nobody-" + ana.id() + "/avatar", image);

        assertThat(byServer.status()).as(byServer.body()).isEqualTo(200);
        assertThat(byUser.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("user_not_found");
    }

    @Test
    void a_rooms_owner_sets_its_avatar_and_members_hear_of_it_while_plain_members_and_direct_rooms_may_not() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.createRoom("group", "Team", bob);
        String direct = ana.api().post("/v1/rooms/direct", Map.of("userId", bob.id())).json().get("id").asText();
        try (var watcher = WsTestClient.connect(node)) {
            watcher.authenticate(node.token(bob.id()));

            var byOwner = put(ana.api(), "/v1/rooms/" + room + "/avatar", imageOrFail());
            var byMember = put(bob.api(), "/v1/rooms/" + room + "/avatar", imageOrFail());
            var onDirect = put(ana.api(), "/v1/rooms/" + direct + "/avatar", imageOrFail());

            assertThat(byOwner.status()).as(byOwner.body()).isEqualTo(200);
            String url = byOwner.json().get("avatarUrl").asText();
            JsonNode updated = watcher.awaitFrame(f -> WsTestClient.type(f).equals("room.updated")
                    && f.get("room").get("id").asText().equals(room));
            assertThat(updated.get("room").get("avatarUrl").asText()).isEqualTo(url);
            assertThat(byMember.status()).isEqualTo(403);
            assertThat(onDirect.status()).isEqualTo(409);
            assertThat(onDirect.code()).isEqualTo("direct_room_immutable");
            var removed = ana.api().delete("/v1/rooms/" + room + "/avatar");
            assertThat(removed.json().has("avatarUrl")).isFalse();
        }
    }

    @Test
    void a_users_new_avatar_reaches_the_members_of_their_rooms_and_their_own_sessions_but_no_stranger() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        var cid = node.newUser("cid");
        ana.createRoom("group", "Pair", bob);
        try (var peer = WsTestClient.connect(node); var own = WsTestClient.connect(node);
                var stranger = WsTestClient.connect(node)) {
            peer.authenticate(node.token(bob.id()));
            own.authenticate(node.token(ana.id()));
            stranger.authenticate(node.token(cid.id()));

            String url = put(ana.api(), "/v1/me/avatar", imageOrFail()).json().get("avatarUrl").asText();

            for (var client : java.util.List.of(peer, own)) {
                JsonNode updated = client.awaitFrame(f -> WsTestClient.type(f).equals("user.updated"));
                assertThat(updated.get("user").get("id").asText()).isEqualTo(ana.id());
                assertThat(updated.get("user").get("avatarUrl").asText()).isEqualTo(url);
            }
            ana.api().delete("/v1/me/avatar");
            JsonNode removed = peer.awaitFrame(f -> WsTestClient.type(f).equals("user.updated")
                    && !f.get("user").has("avatarUrl"));
            assertThat(removed.get("user").get("name").asText()).isNotEmpty();
            assertThat(stranger.framesOfType("user.updated")).as("cid shares no room with ana").isEmpty();
        }
    }

    @Test
    void an_avatar_must_be_an_image_within_the_limit() {
        var ana = node.newUser("ana");

        var text = Multipart.file("me.txt", "text/plain", "not a picture".getBytes()).put(ana.api(), "/v1/me/avatar");
        var bomb = Multipart.file("me.png", "image/png", TestImages.pixelBomb()).put(ana.api(), "/v1/me/avatar");

        assertThat(text.status()).isEqualTo(415);
        assertThat(text.json().get("detail").asText()).contains("must be an image");
        assertThat(bomb.status()).isEqualTo(413);
        assertThat(node.server().get("/v1/users/" + ana.id()).json().has("avatarUrl")).isFalse();
    }

    private static ApiClient.Response put(ApiClient client, String path, byte[] image) {
        return Multipart.file("avatar", null, image).put(client, path);
    }

    private static byte[] imageOrFail() {
        try {
            return TestImages.png(80, 80);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
