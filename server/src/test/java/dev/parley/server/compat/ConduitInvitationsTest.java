package dev.parley.server.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.TestNode;
import dev.parley.server.config.ParleyConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Conduit's explicit room joins: its invitation routes and answers, over real HTTP. */
class ConduitInvitationsTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2(config -> config.withRooms(new ParleyConfig.Rooms(true)));

    private static String createRoom(TestNode.User creator, String name, TestNode.User... users) {
        var ids = java.util.Arrays.stream(users).map(TestNode.User::id).toList();
        var created = creator.api().post("/chat/rooms", Map.of("roomName", name, "users", ids));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        return created.json().get("roomId").asText();
    }


    private static JsonNode received(TestNode.User user) {
        return user.api().get("/chat/invitations/received").json();
    }

    @Test
    void creating_a_room_invites_its_users_who_see_the_invitation_as_conduit_lists_it() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = createRoom(ana, "Invited", bob);

        var room0 = ana.api().get("/chat/rooms/" + room).json();
        assertThat(room0.get("participants")).extracting(JsonNode::asText).containsExactly(ana.id());
        JsonNode list = received(bob);
        assertThat(list.get("count").asInt()).isEqualTo(1);
        JsonNode invitation = list.get("invitations").get(0);
        assertThat(invitation.get("room").asText()).isEqualTo(room);
        assertThat(invitation.get("sender").asText()).isEqualTo(ana.id());
        assertThat(invitation.has("_id")).isTrue();
        assertThat(invitation.has("createdAt")).isTrue();
        assertThat(invitation.has("updatedAt")).isTrue();
        JsonNode sent = ana.api().get("/chat/invitations/sent").json();
        assertThat(sent.get("count").asInt()).isEqualTo(1);
        assertThat(sent.get("invitations").get(0).get("receiver").asText()).isEqualTo(bob.id());
    }

    @Test
    void add_users_answers_invitations_sent_and_accepting_makes_a_participant() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = createRoom(ana, "Later", node.newUser("cid"));

        var added = ana.api().put("/chat/rooms/" + room + "/addUsers", Map.of("users", List.of(bob.id())));
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.json().get("result").asText()).isEqualTo("Invitations sent");
        String id = received(bob).get("invitations").get(0).get("_id").asText();

        var accepted = bob.api().get("/chat/invitations/accept/" + id);

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("result").asText()).isEqualTo("Invitation accepted");
        assertThat(bob.api().get("/chat/rooms/" + room).json().get("participants")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder(ana.id(), bob.id());
        assertThat(received(bob).get("count").asInt()).isZero();
    }

    @Test
    void declining_and_cancelling_answer_as_conduit_does() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        var cid = node.newUser("cid");
        String room = createRoom(ana, "No thanks", bob, cid);
        String bobs = received(bob).get("invitations").get(0).get("_id").asText();
        String cids = received(cid).get("invitations").get(0).get("_id").asText();

        var declined = bob.api().get("/chat/invitations/decline/" + bobs);
        var cancelled = ana.api().delete("/chat/invitations/cancel/" + cids);

        assertThat(declined.json().get("result").asText()).isEqualTo("Invitation declined");
        assertThat(cancelled.json().get("result").asText()).isEqualTo("Invitation canceled successfully");
        assertThat(ana.api().get("/chat/rooms/" + room).json().get("participants")).hasSize(1);
        assertThat(ana.api().get("/chat/invitations/sent").json().get("count").asInt()).isZero();
    }

    @Test
    void received_invitations_page_with_skip_and_limit_and_count_them_all() {
        var bob = node.newUser("bob");
        for (int i = 0; i < 3; i++) {
            createRoom(node.newUser("host"), "Room " + i, bob);
        }

        JsonNode page = bob.api().get("/chat/invitations/received?skip=1&limit=1").json();

        assertThat(page.get("count").asInt()).isEqualTo(3);
        assertThat(page.get("invitations")).hasSize(1);
        assertThat(bob.api().get("/chat/invitations/received?limit=-1").status()).isEqualTo(400);
    }

    @Test
    void bad_answers_and_other_peoples_invitations_are_refused_and_change_nothing() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        var eve = node.newUser("eve");
        String room = createRoom(ana, "Guarded", bob);
        String id = received(bob).get("invitations").get(0).get("_id").asText();

        var maybe = bob.api().get("/chat/invitations/maybe/" + id);
        assertThat(maybe.status()).isEqualTo(400);
        assertThat(maybe.json().get("detail").asText()).isEqualTo("answer must be accept or decline");
        assertThat(eve.api().get("/chat/invitations/accept/" + id).status()).isEqualTo(404);
        assertThat(eve.api().delete("/chat/invitations/cancel/" + id).status()).isEqualTo(404);
        assertThat(bob.api().delete("/chat/invitations/cancel/" + id).status()).isEqualTo(403);
        assertThat(bob.api().get("/chat/invitations/accept/not-an-id").status()).isEqualTo(400);
        assertThat(node.anonymous().get("/chat/invitations/received").status()).isEqualTo(401);

        assertThat(bob.api().get("/chat/invitations/accept/" + id).status()).isEqualTo(200);
        var twice = bob.api().get("/chat/invitations/accept/" + id);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("detail").asText()).isEqualTo("this invitation was already accepted");
        assertThat(ana.api().get("/chat/rooms/" + room).json().get("participants")).hasSize(2);
    }
}
