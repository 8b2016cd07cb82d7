package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.user.DirectoryVisibility;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code users.directory}: whom a user token finds with {@code GET /v1/users?query=…}. */
class DirectoryApiTest {
    @RegisterExtension
    static final TestNode shared = TestNode.onH2(config -> config.withIdentity(
            config.identity().withDirectory(DirectoryVisibility.SHARED_ROOMS)));

    @RegisterExtension
    static final TestNode closed = TestNode.onH2(config -> config.withIdentity(
            config.identity().withDirectory(DirectoryVisibility.NONE)));

    @RegisterExtension
    static final TestNode open = TestNode.onH2();

    private static List<String> found(ApiClient client, String query) {
        var page = client.get("/v1/users?query=" + query);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        for (JsonNode item : page.json().get("items")) {
            ids.add(item.get("id").asText());
        }
        return ids;
    }

    @Test
    void with_shared_rooms_a_user_finds_only_people_they_share_a_room_with() {
        var ana = shared.newUser("sra");
        var bob = shared.newUser("srb");
        var carol = shared.newUser("src");
        ana.createRoom("group", "Ana and Bob", bob);

        assertThat(found(ana.api(), "sr")).contains(ana.id(), bob.id()).doesNotContain(carol.id());
        assertThat(found(carol.api(), "sr")).isEmpty();
        assertThat(found(shared.server(), "sr")).contains(ana.id(), bob.id(), carol.id());
    }

    @Test
    void with_none_a_user_token_is_refused_and_the_server_api_still_lists_everyone() {
        var dan = closed.newUser("dan");

        var refused = dan.api().get("/v1/users?query=da");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asText()).contains("users.directory=none");
        assertThat(found(closed.server(), "da")).contains(dan.id());
    }

    @Test
    void chat_config_tells_the_ui_whether_it_may_search() {
        var dan = closed.newUser("dan");
        var eve = open.newUser("eve");

        assertThat(dan.api().get("/chat/config").json().at("/permissions/searchUsers").asBoolean()).isFalse();
        assertThat(eve.api().get("/chat/config").json().at("/permissions/searchUsers").asBoolean()).isTrue();
    }

    @Test
    void with_all_a_user_finds_everyone_active() {
        var fay = open.newUser("alf");
        var gus = open.newUser("alg");

        assertThat(found(fay.api(), "al")).contains(fay.id(), gus.id());
    }
}
