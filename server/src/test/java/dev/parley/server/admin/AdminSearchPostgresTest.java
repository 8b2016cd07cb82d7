package dev.parley.server.admin;

import static dev.parley.server.admin.AdminSearchApiTest.ids;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.TestNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The admin message search and bulk delete on PostgreSQL (the production database): the same answers as on H2. */
class AdminSearchPostgresTest {
    @RegisterExtension
    static final TestNode node = TestNode.onPostgres();

    @Test
    void the_text_search_is_case_insensitive_takes_wildcards_literally_and_pages_newest_first() {
        var admin = node.newUser("admin", "admin");
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "PG search");
        String word = "w" + UUID.randomUUID().toString().substring(0, 8);
        String percent = ana.send(room, "50% OFF " + word.toUpperCase()).get("id").asText();
        ana.send(room, "500 off " + word);
        String later = ana.send(room, "Ärger über 50% off " + word).get("id").asText();

        assertThat(ids(admin.api().get("/v1/admin/messages?query=50%25%20off%20" + word))).containsExactly(later, percent);
        var first = admin.api().get("/v1/admin/messages?roomId=" + room + "&limit=2").json();
        var rest = admin.api().get("/v1/admin/messages?roomId=" + room + "&limit=2&cursor=" + first.get("nextCursor").asText());
        assertThat(first.at("/items/0/id").asText()).isEqualTo(later);
        assertThat(ids(rest)).containsExactly(percent);
    }

    @Test
    void a_bulk_delete_with_an_unknown_id_deletes_nothing_and_a_good_one_deletes_all() {
        var admin = node.newUser("admin", "admin");
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "PG delete");
        String a = ana.send(room, "one").get("id").asText();
        String b = ana.send(room, "two").get("id").asText();

        var refused = admin.api().send("DELETE", "/v1/admin/messages", Map.of("ids", List.of(a, UUID.randomUUID().toString())));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(ids(admin.api().get("/v1/admin/messages?roomId=" + room))).containsExactly(b, a);

        var deleted = admin.api().send("DELETE", "/v1/admin/messages", Map.of("ids", List.of(a, b)));
        assertThat(deleted.json().get("deleted")).hasSize(2);
        assertThat(ids(admin.api().get("/v1/admin/messages?roomId=" + room))).isEmpty();
        assertThat(admin.api().get("/v1/admin/stats").json().get("messagesToday").asLong()).isGreaterThanOrEqualTo(2);
    }
}
