package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RoomApiTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();

    static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).map(r -> r.get("id").asText()).toList();
    }

    @Test
    void the_creator_of_a_room_is_its_owner_and_members_see_it() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");

        var created = ana.api().post("/v1/rooms", Map.of("type", "group", "name", "Team", "memberIds", List.of(bob.id()),
                "topic", "plans", "data", Map.of("ticket", 42)));

        assertThat(created.status()).isEqualTo(201);
        var room = created.json();
        assertThat(room.get("type").asText()).isEqualTo("group");
        assertThat(room.get("role").asText()).isEqualTo("owner");
        assertThat(room.get("memberCount").asInt()).isEqualTo(2);
        assertThat(room.get("lastSeq").asLong()).isZero();
        assertThat(room.get("data").get("ticket").asInt()).isEqualTo(42);
        var seenByBob = bob.api().get("/v1/rooms/" + room.get("id").asText()).json();
        assertThat(seenByBob.get("role").asText()).isEqualTo("member");
        assertThat(seenByBob.get("name").asText()).isEqualTo("Team");
    }

    @Test
    void the_room_list_is_ordered_by_latest_activity_with_unread_counts_and_last_message() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String older = ana.createRoom("group", "Older", bob);
        String newer = ana.createRoom("group", "Newer", bob);
        ana.send(older, "bump");

        var list = bob.api().get("/v1/rooms").json();

        assertThat(ids(list)).containsExactly(older, newer);
        var first = list.get("items").get(0);
        assertThat(first.get("unreadCount").asLong()).isEqualTo(1);
        assertThat(first.get("lastMessage").get("text").asText()).isEqualTo("bump");
        assertThat(first.get("lastSeq").asLong()).isEqualTo(1);
        assertThat(list.get("items").get(1).has("lastMessage")).isFalse();
    }

    @Test
    void the_room_list_pages_with_an_opaque_cursor() {
        var ana = node.newUser("ana");
        for (int i = 0; i < 5; i++) {
            ana.createRoom("group", "Room " + i);
        }

        var first = ana.api().get("/v1/rooms?limit=2").json();
        var second = ana.api().get("/v1/rooms?limit=2&cursor=" + first.get("nextCursor").asText()).json();
        var third = ana.api().get("/v1/rooms?limit=2&cursor=" + second.get("nextCursor").asText()).json();

        assertThat(ids(first)).hasSize(2);
        assertThat(ids(second)).hasSize(2).doesNotContainAnyElementsOf(ids(first));
        assertThat(ids(third)).hasSize(1);
        assertThat(third.get("nextCursor").isNull()).isTrue();
    }

    @Test
    void a_private_room_is_invisible_to_non_members_exactly_like_a_missing_one() {
        var ana = node.newUser("ana");
        var eve = node.newUser("eve");
        String room = ana.createRoom("group", "Private");

        var hidden = eve.api().get("/v1/rooms/" + room);
        var missing = eve.api().get("/v1/rooms/0190d5a4-0000-7000-8000-000000000000");

        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.code()).isEqualTo("room_not_found");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(hidden.json().get("detail")).isEqualTo(missing.json().get("detail"));
        assertThat(eve.api().patch("/v1/rooms/" + room, Map.of("name", "x")).status()).isEqualTo(404);
        assertThat(eve.api().delete("/v1/rooms/" + room).status()).isEqualTo(404);
        assertThat(eve.api().get("/v1/rooms/" + room + "/members").status()).isEqualTo(404);
    }

    @Test
    void owners_and_moderators_rename_members_do_not() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        var cid = node.newUser("cid");
        String room = ana.createRoom("group", "Old name", bob, cid);
        ana.api().patch("/v1/rooms/" + room + "/members/" + bob.id(), Map.of("role", "moderator"));

        var byMember = cid.api().patch("/v1/rooms/" + room, Map.of("name", "Cid's"));
        var byModerator = bob.api().patch("/v1/rooms/" + room, Map.of("name", "Bob's", "topic", "new topic"));

        assertThat(byMember.status()).isEqualTo(403);
        assertThat(byModerator.status()).isEqualTo(200);
        assertThat(byModerator.json().get("name").asText()).isEqualTo("Bob's");
        assertThat(ana.api().get("/v1/rooms/" + room).json().get("topic").asText()).isEqualTo("new topic");
    }

    @Test
    void only_the_owner_or_an_admin_deletes_a_room_and_its_history_goes_with_it() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        var admin = node.newUser("admin", "admin");
        String room = ana.createRoom("group", "Doomed", bob);
        String other = ana.createRoom("group", "Also doomed", bob);
        ana.send(room, "bye");
        ana.api().patch("/v1/rooms/" + room + "/members/" + bob.id(), Map.of("role", "moderator"));

        var byModerator = bob.api().delete("/v1/rooms/" + room);
        var byOwner = ana.api().delete("/v1/rooms/" + room);
        var byAdmin = admin.api().delete("/v1/rooms/" + other);

        assertThat(byModerator.status()).isEqualTo(403);
        assertThat(byOwner.status()).isEqualTo(204);
        assertThat(byAdmin.status()).isEqualTo(204);
        assertThat(ana.api().get("/v1/rooms/" + room).status()).isEqualTo(404);
        assertThat(bob.api().get("/v1/rooms/" + room + "/messages").status()).isEqualTo(404);
        assertThat(ids(bob.api().get("/v1/rooms").json())).doesNotContain(room, other);
    }

    @Test
    void the_direct_room_of_two_users_is_created_once() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");

        var created = ana.api().post("/v1/rooms/direct", Map.of("userId", bob.id()));
        var again = ana.api().post("/v1/rooms/direct", Map.of("userId", bob.id()));
        var fromBob = bob.api().post("/v1/rooms/direct", Map.of("userId", ana.id()));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("type").asText()).isEqualTo("direct");
        assertThat(created.json().get("memberCount").asInt()).isEqualTo(2);
        assertThat(again.status()).isEqualTo(200);
        assertThat(fromBob.status()).isEqualTo(200);
        assertThat(again.json().get("id")).isEqualTo(created.json().get("id"));
        assertThat(fromBob.json().get("id")).isEqualTo(created.json().get("id"));
        assertThat(created.json().get("peer").get("id").asText()).isEqualTo(bob.id());
        assertThat(fromBob.json().get("peer").get("id").asText()).isEqualTo(ana.id());
        var listed = ana.api().get("/v1/rooms").json().get("items").get(0);
        assertThat(listed.get("peer").get("id").asText()).isEqualTo(bob.id());
        assertThat(listed.get("peer").has("name")).isTrue();
    }

    @Test
    void concurrent_direct_room_requests_agree_on_one_room() throws Exception {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        var ids = java.util.concurrent.ConcurrentHashMap.<String>newKeySet();
        try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 8; i++) {
                var who = i % 2 == 0 ? ana : bob;
                var other = i % 2 == 0 ? bob : ana;
                pool.submit(() -> ids.add(who.api().post("/v1/rooms/direct", Map.of("userId", other.id()))
                        .json().get("id").asText()));
            }
        }
        assertThat(ids).hasSize(1);
    }

    @Test
    void a_direct_room_with_oneself_is_400_and_with_an_unknown_or_deactivated_user_404() {
        var ana = node.newUser("ana");
        var gone = node.newUser("gone");
        node.server().delete("/v1/users/" + gone.id());

        var self = ana.api().post("/v1/rooms/direct", Map.of("userId", ana.id()));
        var unknown = ana.api().post("/v1/rooms/direct", Map.of("userId", "nobody-at-all"));
        var deactivated = ana.api().post("/v1/rooms/direct", Map.of("userId", gone.id()));

        assertThat(self.status()).isEqualTo(400);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("user_not_found");
        assertThat(deactivated.status()).isEqualTo(404);
    }

    @Test
    void direct_rooms_cannot_be_renamed_or_have_members_added_or_removed() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        var cid = node.newUser("cid");
        String room = ana.api().post("/v1/rooms/direct", Map.of("userId", bob.id())).json().get("id").asText();

        var rename = ana.api().patch("/v1/rooms/" + room, Map.of("name", "Us"));
        var add = ana.api().post("/v1/rooms/" + room + "/members", Map.of("userIds", List.of(cid.id())));
        var remove = ana.api().delete("/v1/rooms/" + room + "/members/" + bob.id());

        assertThat(rename.status()).isEqualTo(409);
        assertThat(rename.code()).isEqualTo("direct_room_immutable");
        assertThat(add.status()).isEqualTo(409);
        assertThat(remove.status()).isEqualTo(409);
        assertThat(ana.api().get("/v1/rooms/" + room).json().get("memberCount").asInt()).isEqualTo(2);
    }

    @Test
    void leaving_a_direct_room_hides_it_until_the_next_message() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.api().post("/v1/rooms/direct", Map.of("userId", bob.id())).json().get("id").asText();

        var left = bob.api().delete("/v1/rooms/" + room + "/members/" + bob.id());
        assertThat(left.status()).isEqualTo(204);
        assertThat(ids(bob.api().get("/v1/rooms").json())).doesNotContain(room);

        ana.send(room, "are you there?");
        assertThat(ids(bob.api().get("/v1/rooms").json())).contains(room);
        assertThat(MessageApiTest.unread(bob, room)).isEqualTo(1);
    }

    @Test
    void channels_are_listed_for_everyone_and_anyone_may_join_one() {
        var ana = node.newUser("ana");
        var eve = node.newUser("eve");
        String unique = "Zebra" + System.nanoTime();
        String channel = ana.createRoom("channel", unique + " news");
        ana.createRoom("group", unique + " secret");
        ana.send(channel, "first post");

        var found = eve.api().get("/v1/channels?query=" + unique.toLowerCase()).json();
        assertThat(ids(found)).containsExactly(channel);
        var seenFromOutside = eve.api().get("/v1/rooms/" + channel);
        assertThat(seenFromOutside.status()).isEqualTo(200);
        assertThat(seenFromOutside.json().has("lastMessage")).as("only members read messages").isFalse();
        assertThat(found.get("items").get(0).has("lastMessage")).isFalse();

        var join = eve.api().post("/v1/rooms/" + channel + "/members", Map.of("userIds", List.of(eve.id())));
        assertThat(join.status()).isEqualTo(200);
        assertThat(eve.api().get("/v1/rooms/" + channel + "/messages").status()).isEqualTo(200);
        assertThat(MessageApiTest.unread(eve, channel)).isZero();

        var eveAddsAna = eve.api().post("/v1/rooms/" + channel + "/members", Map.of("userIds", List.of(ana.id(), eve.id())));
        assertThat(eveAddsAna.status()).isEqualTo(403);
    }
}
