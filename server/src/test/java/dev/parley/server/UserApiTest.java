package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UserApiTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();

    static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).map(u -> u.get("id").asText()).toList();
    }

    @Test
    void putting_a_user_creates_it_with_201_then_updates_it_with_200() {
        String id = "put-" + System.nanoTime();

        var created = node.server().put("/v1/users/" + id, Map.of("name", "Ana", "role", "admin",
                "avatarUrl", "https://img.example/ana.png", "data", Map.of("plan", "pro")));
        var updated = node.server().put("/v1/users/" + id, Map.of("name", "Ana B."));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("role").asText()).isEqualTo("admin");
        assertThat(created.json().get("data").get("plan").asText()).isEqualTo("pro");
        assertThat(updated.status()).isEqualTo(200);
        var read = node.server().get("/v1/users/" + id).json();
        assertThat(read.get("name").asText()).isEqualTo("Ana B.");
        assertThat(read.get("role").asText()).isEqualTo("user");
        assertThat(read.get("active").asBoolean()).isTrue();
        assertThat(read.get("createdAt")).isEqualTo(created.json().get("createdAt"));
    }

    @Test
    void users_find_active_users_to_chat_with_as_cards_without_role_or_app_data() {
        String tag = "dir" + System.nanoTime();
        node.server().put("/v1/users/" + tag + "-a", Map.of("name", "Ana", "role", "admin", "data", Map.of("plan", "pro")));
        node.server().put("/v1/users/" + tag + "-b", Map.of("name", "Bo"));
        node.server().delete("/v1/users/" + tag + "-b");
        var caller = node.newUser("caller");

        var found = caller.api().get("/v1/users?query=" + tag);
        var empty = caller.api().get("/v1/users?query=");
        var anonymous = node.anonymous().get("/v1/users?query=" + tag);

        assertThat(found.status()).isEqualTo(200);
        assertThat(ids(found.json())).containsExactly(tag + "-a");
        JsonNode card = found.json().get("items").get(0);
        assertThat(card.get("name").asText()).isEqualTo("Ana");
        assertThat(card.has("role")).isFalse();
        assertThat(card.has("data")).isFalse();
        assertThat(card.has("active")).isFalse();
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.code()).isEqualTo("validation_failed");
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void user_ids_may_use_the_documented_characters() {
        String id = "a.b_c@d|e:f-" + System.nanoTime();

        assertThat(node.server().put("/v1/users/" + id.replace("|", "%7C"), Map.of("name", "Odd")).status())
                .isEqualTo(201);
        assertThat(node.server().get("/v1/users/" + id.replace("|", "%7C")).json().get("id").asText()).isEqualTo(id);
    }

    @Test
    void search_matches_a_case_insensitive_prefix_of_id_or_name_with_literal_wildcards() {
        String tag = "srch" + System.nanoTime();
        node.server().put("/v1/users/" + tag + "-1", Map.of("name", "Xavier"));
        node.server().put("/v1/users/" + tag + "-2", Map.of("name", "100% real"));
        node.server().put("/v1/users/zz-" + tag, Map.of("name", tag.toUpperCase() + " by name"));
        node.server().put("/v1/users/" + tag + "_x", Map.of("name", "underscore"));

        assertThat(ids(node.server().get("/v1/users?query=" + tag.toUpperCase()).json()))
                .containsExactly(tag + "-1", tag + "-2", tag + "_x", "zz-" + tag);
        assertThat(ids(node.server().get("/v1/users?query=" + tag + "_").json())).containsExactly(tag + "_x");
        assertThat(ids(node.server().get("/v1/users?query=100%25").json())).contains(tag + "-2");
        assertThat(ids(node.server().get("/v1/users?query=100%25%25").json())).isEmpty();
    }

    @Test
    void search_pages_through_users_with_a_cursor() {
        String tag = "page" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            node.server().put("/v1/users/" + tag + "-" + i, Map.of("name", "P" + i));
        }
        var first = node.server().get("/v1/users?query=" + tag + "&limit=3").json();
        var second = node.server().get("/v1/users?query=" + tag + "&limit=3&cursor=" + first.get("nextCursor").asText())
                .json();

        assertThat(ids(first)).containsExactly(tag + "-0", tag + "-1", tag + "-2");
        assertThat(ids(second)).containsExactly(tag + "-3", tag + "-4");
        assertThat(second.get("nextCursor").isNull()).isTrue();
    }

    @Test
    void a_deactivated_user_is_refused_and_gets_no_new_tokens() {
        var ana = node.newUser("ana");
        assertThat(ana.api().get("/v1/me").status()).isEqualTo(200);

        assertThat(node.server().delete("/v1/users/" + ana.id()).status()).isEqualTo(204);

        var me = ana.api().get("/v1/me");
        assertThat(me.status()).isEqualTo(401);
        assertThat(me.code()).isIn("user_deactivated", "token_revoked");
        var token = node.server().post("/v1/users/" + ana.id() + "/tokens", Map.of());
        assertThat(token.status()).isEqualTo(409);
        assertThat(token.code()).isEqualTo("user_deactivated");
        assertThat(node.server().get("/v1/users/" + ana.id()).json().get("active").asBoolean()).isFalse();
    }

    @Test
    void reactivating_a_user_does_not_revive_their_old_tokens() {
        var ana = node.newUser("ana");
        node.server().delete("/v1/users/" + ana.id());

        node.server().put("/v1/users/" + ana.id(), Map.of("name", "Ana again"));

        assertThat(ana.api().get("/v1/me").status()).isEqualTo(401);
        assertThat(ana.api().withBearer(node.token(ana.id())).get("/v1/me").status()).isEqualTo(200);
    }

    @Test
    void unknown_users_are_404() {
        assertThat(node.server().get("/v1/users/nobody-here").code()).isEqualTo("user_not_found");
        assertThat(node.server().delete("/v1/users/nobody-here").status()).isEqualTo(404);
        assertThat(node.server().post("/v1/users/nobody-here/tokens", Map.of()).status()).isEqualTo(404);
        assertThat(node.server().delete("/v1/users/nobody-here/tokens").status()).isEqualTo(404);
    }

    @Test
    void a_role_change_takes_effect_on_the_next_request_with_the_same_token() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String bobsRoom = bob.createRoom("group", "Bob's");
        assertThat(ana.api().delete("/v1/rooms/" + bobsRoom).status()).isEqualTo(404);

        node.server().put("/v1/users/" + ana.id(), Map.of("name", "Ana", "role", "admin"));
        assertThat(ana.api().get("/v1/rooms/" + bobsRoom).status()).isEqualTo(200);

        node.server().put("/v1/users/" + ana.id(), Map.of("name", "Ana", "role", "user"));
        assertThat(ana.api().delete("/v1/rooms/" + bobsRoom).status()).isEqualTo(404);
    }
}
