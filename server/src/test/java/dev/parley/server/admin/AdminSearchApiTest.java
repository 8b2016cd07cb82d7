package dev.parley.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.TestNode;
import dev.parley.server.ws.WsTestClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /v1/admin/rooms} and {@code /v1/admin/messages}: app admins find rooms and messages anywhere and delete messages in bulk. */
class AdminSearchApiTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();

    @Test
    void an_admin_finds_rooms_by_a_part_of_the_name_by_type_and_by_member_page_by_page() {
        var admin = node.newUser("admin", "admin");
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String alpha = ana.createRoom("group", "Alpha " + tag, bob);
        String beta = ana.createRoom("channel", "beta " + tag);
        ana.createRoom("group", "Unrelated");

        assertThat(ids(admin.api().get("/v1/admin/rooms?query=" + tag.toUpperCase()))).containsExactly(alpha, beta);
        assertThat(ids(admin.api().get("/v1/admin/rooms?query=" + tag + "&type=channel"))).containsExactly(beta);
        assertThat(ids(admin.api().get("/v1/admin/rooms?memberId=" + bob.id()))).containsExactly(alpha);
        var first = admin.api().get("/v1/admin/rooms?query=" + tag + "&limit=1").json();
        assertThat(first.at("/items/0/id").asText()).isEqualTo(alpha);
        assertThat(first.at("/items/0/memberCount").asInt()).isEqualTo(2);
        var second = admin.api().get("/v1/admin/rooms?query=" + tag + "&limit=1&cursor=" + first.get("nextCursor").asText());
        assertThat(ids(second)).containsExactly(beta);
        assertThat(second.json().path("nextCursor").isTextual()).isFalse();
    }

    @Test
    void an_admin_finds_messages_across_rooms_newest_first_by_text_author_room_and_time() {
        var admin = node.newUser("admin", "admin");
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String one = ana.createRoom("group", "One", bob);
        String two = bob.createRoom("group", "Two", ana);
        String word = "w" + UUID.randomUUID().toString().substring(0, 8);
        String first = ana.send(one, "Hello " + word.toUpperCase()).get("id").asText();
        Instant between = Instant.now();
        String second = bob.send(two, "again " + word + "!").get("id").asText();
        String other = bob.send(one, "something else").get("id").asText();

        assertThat(ids(admin.api().get("/v1/admin/messages?query=" + word))).containsExactly(second, first);
        assertThat(ids(admin.api().get("/v1/admin/messages?roomId=" + one))).containsExactly(other, first);
        assertThat(ids(admin.api().get("/v1/admin/messages?userId=" + bob.id()))).containsExactly(other, second);
        assertThat(ids(admin.api().get("/v1/admin/messages?query=" + word + "&from=" + between)))
                .containsExactly(second);
        assertThat(ids(admin.api().get("/v1/admin/messages?query=" + word + "&to=" + between)))
                .containsExactly(first);
        var page = admin.api().get("/v1/admin/messages?roomId=" + one + "&limit=1").json();
        var next = admin.api().get("/v1/admin/messages?roomId=" + one + "&limit=1&cursor="
                + page.get("nextCursor").asText());
        assertThat(ids(next)).containsExactly(first);
        assertThat(next.json().at("/items/0/text").asText()).isEqualTo("Hello " + word.toUpperCase());
    }

    @Test
    void a_bulk_delete_tombstones_each_message_tells_its_room_and_audits_it() {
        var admin = node.newUser("admin", "admin");
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String one = ana.createRoom("group", "One", bob);
        String two = bob.createRoom("group", "Two", ana);
        String a = ana.send(one, "spam one").get("id").asText();
        String b = bob.send(two, "spam two").get("id").asText();
        String kept = ana.send(one, "fine").get("id").asText();
        try (var watcher = WsTestClient.connect(node)) {
            watcher.authenticate(node.token(bob.id()));

            var deleted = admin.api().send("DELETE", "/v1/admin/messages", Map.of("ids", List.of(a, b)));

            assertThat(deleted.status()).isEqualTo(200);
            assertThat(deleted.json().get("deleted")).extracting(JsonNode::asText).containsExactlyInAnyOrder(a, b);
            watcher.awaitFrame(f -> "message.deleted".equals(WsTestClient.type(f)) && one.equals(f.path("roomId").asText()));
            watcher.awaitFrame(f -> "message.deleted".equals(WsTestClient.type(f)) && two.equals(f.path("roomId").asText()));
        }
        var history = ana.api().allMessages(one);
        assertThat(history).filteredOn(m -> m.get("id").asText().equals(a)).first()
                .satisfies(m -> assertThat(m.has("deletedAt")).isTrue());
        assertThat(history).filteredOn(m -> m.get("id").asText().equals(kept)).first()
                .satisfies(m -> assertThat(m.get("text").asText()).isEqualTo("fine"));
        var audit = admin.api().get("/v1/admin/audit?actorId=" + admin.id() + "&action=message.delete").json();
        assertThat(audit.get("items")).extracting(e -> e.get("targetId").asText()).containsExactlyInAnyOrder(a, b);
        var again = admin.api().send("DELETE", "/v1/admin/messages", Map.of("ids", List.of(a)));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("deleted")).isEmpty();
    }

    @Test
    void a_bulk_delete_naming_an_unknown_id_is_refused_by_name_and_deletes_nothing() {
        var admin = node.newUser("admin", "admin");
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "Keep");
        String real = ana.send(room, "keep me").get("id").asText();
        String unknown = UUID.randomUUID().toString();

        var refused = admin.api().send("DELETE", "/v1/admin/messages", Map.of("ids", List.of(real, unknown)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asText()).contains(unknown).contains("nothing was deleted")
                .doesNotContain(real);
        assertThat(ana.api().allMessages(room).getFirst().get("text").asText()).isEqualTo("keep me");
    }

    @Test
    void bad_bulk_deletes_and_bad_filters_are_refused_in_plain_words() {
        var admin = node.newUser("admin", "admin");
        List<String> tooMany = IntStream.range(0, 501).mapToObj(i -> UUID.randomUUID().toString()).toList();
        assertThat(detail(admin.api().send("DELETE", "/v1/admin/messages", Map.of("ids", List.of()))))
                .contains("at least one");
        assertThat(detail(admin.api().send("DELETE", "/v1/admin/messages", Map.of("ids", tooMany))))
                .contains("at most 500");
        assertThat(detail(admin.api().send("DELETE", "/v1/admin/messages", Map.of("ids", List.of("x")))))
                .contains("must be a UUID");
        assertThat(admin.api().send("DELETE", "/v1/admin/messages", Map.of()).status()).isEqualTo(400);
        assertThat(detail(admin.api().get("/v1/admin/rooms?type=lobby"))).contains("type must be one of");
        assertThat(detail(admin.api().get("/v1/admin/messages?roomId=nope"))).contains("roomId must be a UUID");
        assertThat(detail(admin.api().get("/v1/admin/messages?from=yesterday"))).contains("ISO-8601");
        assertThat(admin.api().get("/v1/admin/messages?cursor=zzz").code()).isEqualTo("invalid_cursor");
        assertThat(admin.api().get("/v1/admin/rooms?cursor=zzz").code()).isEqualTo("invalid_cursor");
        assertThat(detail(admin.api().get("/v1/admin/messages?query=" + "x".repeat(200)))).contains("query");
    }

    @Test
    void nobody_but_an_app_admin_searches_or_deletes_and_a_refused_delete_changes_nothing() {
        var ana = node.newUser("ana");
        var guest = node.newUser("guest", "guest");
        String room = ana.createRoom("group", "Private " + UUID.randomUUID());
        String message = ana.send(room, "mine").get("id").asText();
        for (var caller : List.of(ana, guest)) {
            for (String path : List.of("/v1/admin/rooms", "/v1/admin/messages", "/v1/admin/rooms?query=Private",
                    "/v1/admin/messages?roomId=" + room)) {
                var refused = caller.api().get(path);
                assertThat(refused.status()).as(path).isEqualTo(403);
                assertThat(refused.body()).doesNotContain("Private").doesNotContain("mine");
            }
            var delete = caller.api().send("DELETE", "/v1/admin/messages", Map.of("ids", List.of(message)));
            assertThat(delete.status()).isEqualTo(403);
            assertThat(delete.code()).isEqualTo("forbidden");
        }
        assertThat(node.anonymous().get("/v1/admin/rooms").status()).isEqualTo(401);
        assertThat(ana.api().allMessages(room).getFirst().get("text").asText()).isEqualTo("mine");
        assertThat(node.server().get("/v1/admin/messages?roomId=" + room).status()).isEqualTo(200);
    }

    static List<String> ids(dev.parley.server.ApiClient.Response page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        StreamSupport.stream(page.json().get("items").spliterator(), false).forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }

    private static String detail(dev.parley.server.ApiClient.Response refused) {
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        return refused.json().get("detail").asText();
    }
}
