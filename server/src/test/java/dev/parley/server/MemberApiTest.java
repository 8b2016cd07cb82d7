package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MemberApiTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();

    static List<String> memberIds(TestNode.User viewer, String room) {
        JsonNode page = viewer.api().get("/v1/rooms/" + room + "/members?limit=200").json();
        return StreamSupport.stream(page.get("items").spliterator(), false).map(m -> m.get("userId").asText()).toList();
    }

    @Test
    void owners_add_members_who_then_see_the_room_and_its_history() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.createRoom("group", "Growing");
        ana.send(room, "before bob");

        var added = ana.api().post("/v1/rooms/" + room + "/members", Map.of("userIds", List.of(bob.id(), bob.id())));

        assertThat(added.status()).isEqualTo(200);
        assertThat(added.json().get("items")).hasSize(1);
        assertThat(added.json().get("items").get(0).get("user").get("name").asText()).startsWith("bob");
        assertThat(memberIds(ana, room)).containsExactlyInAnyOrder(ana.id(), bob.id());
        assertThat(bob.api().get("/v1/rooms/" + room + "/messages").json().get("items")).hasSize(1);
        assertThat(MessageApiTest.unread(bob, room)).isZero();
        assertThat(ana.api().get("/v1/rooms/" + room).json().get("memberCount").asInt()).isEqualTo(2);
    }

    @Test
    void plain_members_cannot_add_or_remove_others() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        var cid = node.newUser("cid");
        String room = ana.createRoom("group", "Strict", bob);

        assertThat(bob.api().post("/v1/rooms/" + room + "/members", Map.of("userIds", List.of(cid.id()))).status())
                .isEqualTo(403);
        assertThat(bob.api().delete("/v1/rooms/" + room + "/members/" + ana.id()).status()).isEqualTo(403);
        assertThat(memberIds(ana, room)).containsExactlyInAnyOrder(ana.id(), bob.id());
    }

    @Test
    void adding_unknown_users_changes_nothing() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.createRoom("group", "Careful");

        var added = ana.api().post("/v1/rooms/" + room + "/members", Map.of("userIds", List.of(bob.id(), "ghost-user")));

        assertThat(added.status()).isEqualTo(404);
        assertThat(added.code()).isEqualTo("user_not_found");
        assertThat(added.json().get("detail").asText()).contains("ghost-user");
        assertThat(memberIds(ana, room)).containsExactly(ana.id());
    }

    @Test
    void setting_members_replaces_them_but_never_removes_the_owner() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        var cid = node.newUser("cid");
        var dan = node.newUser("dan");
        String room = ana.createRoom("group", "Reset", bob, cid);

        var set = ana.api().put("/v1/rooms/" + room + "/members", Map.of("userIds", List.of(cid.id(), dan.id())));

        assertThat(set.status()).isEqualTo(200);
        assertThat(memberIds(ana, room)).containsExactlyInAnyOrder(ana.id(), cid.id(), dan.id());
        assertThat(bob.api().get("/v1/rooms/" + room).status()).isEqualTo(404);
        assertThat(ana.api().get("/v1/rooms/" + room).json().get("memberCount").asInt()).isEqualTo(3);
    }

    @Test
    void a_removed_member_can_no_longer_read_the_room() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.createRoom("group", "Exit", bob);

        assertThat(ana.api().delete("/v1/rooms/" + room + "/members/" + bob.id()).status()).isEqualTo(204);

        assertThat(bob.api().get("/v1/rooms/" + room + "/messages").status()).isEqualTo(404);
        assertThat(bob.api().post("/v1/rooms/" + room + "/messages", Map.of("text", "hello?")).status()).isEqualTo(404);
        assertThat(ana.api().delete("/v1/rooms/" + room + "/members/" + bob.id()).code()).isEqualTo("member_not_found");
    }

    @Test
    void an_owner_who_leaves_hands_the_room_to_the_longest_standing_member() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        var cid = node.newUser("cid");
        String room = ana.createRoom("group", "Succession", bob);
        ana.api().post("/v1/rooms/" + room + "/members", Map.of("userIds", List.of(cid.id())));

        assertThat(ana.api().delete("/v1/rooms/" + room + "/members/" + ana.id()).status()).isEqualTo(204);

        assertThat(bob.api().get("/v1/rooms/" + room).json().get("role").asText()).isEqualTo("owner");
        assertThat(cid.api().get("/v1/rooms/" + room).json().get("role").asText()).isEqualTo("member");
    }

    @Test
    void only_the_owner_sets_roles_and_making_someone_owner_hands_the_room_over() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        var cid = node.newUser("cid");
        String room = ana.createRoom("group", "Roles", bob, cid);
        String bobPath = "/v1/rooms/" + room + "/members/" + bob.id();

        var moderator = ana.api().patch(bobPath, Map.of("role", "moderator"));
        var byModerator = bob.api().patch("/v1/rooms/" + room + "/members/" + cid.id(), Map.of("role", "moderator"));
        var unknownRole = ana.api().patch(bobPath, Map.of("role", "emperor"));
        var handover = ana.api().patch(bobPath, Map.of("role", "owner"));

        assertThat(moderator.status()).isEqualTo(200);
        assertThat(moderator.json().get("role").asText()).isEqualTo("moderator");
        assertThat(byModerator.status()).isEqualTo(403);
        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(handover.json().get("role").asText()).isEqualTo("owner");
        assertThat(ana.api().get("/v1/rooms/" + room).json().get("role").asText()).isEqualTo("moderator");
    }

    @Test
    void moderators_remove_members_but_not_the_owner() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        var cid = node.newUser("cid");
        String room = ana.createRoom("group", "Moderated", bob, cid);
        ana.api().patch("/v1/rooms/" + room + "/members/" + bob.id(), Map.of("role", "moderator"));

        assertThat(bob.api().delete("/v1/rooms/" + room + "/members/" + cid.id()).status()).isEqualTo(204);
        assertThat(bob.api().delete("/v1/rooms/" + room + "/members/" + ana.id()).status()).isEqualTo(403);
        assertThat(memberIds(ana, room)).containsExactlyInAnyOrder(ana.id(), bob.id());
    }

    @Test
    void the_first_to_join_a_channel_everyone_left_becomes_its_owner() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String channel = ana.createRoom("channel", "Abandoned");
        ana.api().delete("/v1/rooms/" + channel + "/members/" + ana.id());

        bob.api().post("/v1/rooms/" + channel + "/members", Map.of("userIds", List.of(bob.id())));

        assertThat(bob.api().get("/v1/rooms/" + channel).json().get("role").asText()).isEqualTo("owner");
    }

    @Test
    void a_plain_member_removing_a_non_member_is_forbidden_not_told_who_is_a_member() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.createRoom("group", "Quiet", bob);

        var response = bob.api().delete("/v1/rooms/" + room + "/members/someone-else");

        assertThat(response.status()).isEqualTo(403);
    }
}
