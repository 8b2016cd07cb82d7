package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.config.ParleyConfig;
import dev.parley.server.ws.WsSessions;
import dev.parley.server.ws.WsTestClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code rooms.explicit-joins=true} over real HTTP and WebSockets: adding users to a group
 * invites them, both sides hear of it at once, the invitee joins by accepting; every refusal
 * is a plain-worded 4xx that changes nothing.
 */
class InvitationApiTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2(config -> config.withRooms(new ParleyConfig.Rooms(true)));
    @RegisterExtension
    final WsSessions sessions = new WsSessions(node);

    private static List<String> memberIds(TestNode.User viewer, String room) {
        return viewer.api().get("/v1/rooms/" + room + "/members").json().get("items").findValuesAsText("userId");
    }

    private static JsonNode onlyInvitationOf(TestNode.User invitee) {
        var items = invitee.api().get("/v1/invitations").json().get("items");
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static boolean invitation(JsonNode frame, String status) {
        return WsTestClient.type(frame).equals("invitation.changed")
                && frame.path("invitation").path("status").asText().equals(status);
    }

    @Test
    void adding_a_user_invites_them_and_both_sides_hear_it_live() {
        var owner = node.newUser("owner");
        var ana = node.newUser("ana");
        String room = owner.createRoom("group", "Plans");
        WsTestClient ownerSocket = sessions.open(owner);
        WsTestClient anaSocket = sessions.open(ana);

        var added = owner.api().post("/v1/rooms/" + room + "/members", Map.of("userIds", List.of(ana.id())));

        assertThat(added.status()).isEqualTo(200);
        assertThat(added.json().get("items")).isEmpty();
        assertThat(memberIds(owner, room)).containsExactly(owner.id());
        JsonNode heard = anaSocket.awaitFrame(frame -> invitation(frame, "pending")).get("invitation");
        assertThat(heard.get("roomId").asText()).isEqualTo(room);
        assertThat(heard.get("roomName").asText()).isEqualTo("Plans");
        assertThat(heard.get("inviterId").asText()).isEqualTo(owner.id());
        assertThat(ownerSocket.awaitFrame(frame -> invitation(frame, "pending")).get("invitation").get("id"))
                .isEqualTo(heard.get("id"));
        assertThat(onlyInvitationOf(ana).get("id")).isEqualTo(heard.get("id"));
        assertThat(owner.api().get("/v1/invitations?sent=true").json().get("items")).hasSize(1);
        assertThat(owner.api().get("/v1/rooms/" + room + "/invitations").json().get("items"))
                .extracting(item -> item.get("inviteeId").asText()).containsExactly(ana.id());
        assertThat(ana.api().get("/v1/rooms/" + room).status()).as("not a member yet").isEqualTo(404);
    }

    @Test
    void accepting_joins_the_room_and_the_invitee_gets_its_messages_from_then_on() {
        var owner = node.newUser("owner");
        var ana = node.newUser("ana");
        String room = owner.createRoom("group", "Team", ana);
        assertThat(memberIds(owner, room)).as("created with the owner alone").containsExactly(owner.id());
        WsTestClient ownerSocket = sessions.open(owner);
        WsTestClient anaSocket = sessions.open(ana);
        String id = onlyInvitationOf(ana).get("id").asText();

        var accepted = ana.api().post("/v1/invitations/" + id + "/accept", Map.of());

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("status").asText()).isEqualTo("accepted");
        assertThat(accepted.json().has("answeredAt")).isTrue();
        assertThat(memberIds(owner, room)).containsExactlyInAnyOrder(owner.id(), ana.id());
        ownerSocket.awaitFrame(frame -> invitation(frame, "accepted"));
        anaSocket.awaitFrame(frame -> WsTestClient.type(frame).equals("member.added")
                && frame.path("member").path("userId").asText().equals(ana.id()));
        owner.send(room, "welcome");
        assertThat(anaSocket.awaitFrame(frame -> WsTestClient.type(frame).equals("message.new"))
                .path("message").path("text").asText()).isEqualTo("welcome");
        assertThat(ana.api().get("/v1/invitations").json().get("items")).isEmpty();
    }

    @Test
    void declining_leaves_the_room_unchanged() {
        var owner = node.newUser("owner");
        var ana = node.newUser("ana");
        String room = owner.createRoom("group", "Maybe", ana);
        String id = onlyInvitationOf(ana).get("id").asText();

        var declined = ana.api().post("/v1/invitations/" + id + "/decline", Map.of());

        assertThat(declined.status()).isEqualTo(200);
        assertThat(declined.json().get("status").asText()).isEqualTo("declined");
        assertThat(memberIds(owner, room)).containsExactly(owner.id());
        assertThat(owner.api().get("/v1/rooms/" + room + "/invitations").json().get("items")).isEmpty();
    }

    @Test
    void accepting_twice_or_after_declining_is_a_conflict_that_changes_nothing() {
        var owner = node.newUser("owner");
        var ana = node.newUser("ana");
        String room = owner.createRoom("group", "Once", ana);
        String id = onlyInvitationOf(ana).get("id").asText();
        ana.api().post("/v1/invitations/" + id + "/decline", Map.of());

        var again = ana.api().post("/v1/invitations/" + id + "/accept", Map.of());

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("invitation_closed");
        assertThat(again.json().get("detail").asText()).isEqualTo("this invitation was already declined");
        assertThat(memberIds(owner, room)).containsExactly(owner.id());
    }

    @Test
    void someone_elses_invitation_is_answered_as_one_that_does_not_exist() {
        var owner = node.newUser("owner");
        var ana = node.newUser("ana");
        var eve = node.newUser("eve");
        String room = owner.createRoom("group", "Private", ana);
        String id = onlyInvitationOf(ana).get("id").asText();

        for (String path : List.of("/v1/invitations/" + id + "/accept", "/v1/invitations/" + id + "/decline")) {
            var refused = eve.api().post(path, Map.of());
            assertThat(refused.status()).as(path).isEqualTo(404);
            assertThat(refused.code()).isEqualTo("invitation_not_found");
        }
        assertThat(eve.api().delete("/v1/invitations/" + id).code()).isEqualTo("invitation_not_found");
        assertThat(eve.api().get("/v1/rooms/" + room + "/invitations").code()).isEqualTo("room_not_found");
        var malformed = ana.api().post("/v1/invitations/not-a-uuid/accept", Map.of());
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("detail").asText()).contains("invitationId");
        assertThat(ana.api().get("/v1/invitations?sent=maybe").status()).isEqualTo(400);
        assertThat(memberIds(owner, room)).containsExactly(owner.id());
        assertThat(onlyInvitationOf(ana).get("status").asText()).isEqualTo("pending");
    }

    @Test
    void an_invitation_to_a_deleted_room_cannot_be_accepted() {
        var owner = node.newUser("owner");
        var ana = node.newUser("ana");
        String room = owner.createRoom("group", "Doomed", ana);
        String id = onlyInvitationOf(ana).get("id").asText();
        assertThat(owner.api().delete("/v1/rooms/" + room).status()).isEqualTo(204);

        var refused = ana.api().post("/v1/invitations/" + id + "/accept", Map.of());

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.code()).isEqualTo("room_not_found");
        assertThat(refused.json().get("detail").asText()).isEqualTo("the room of this invitation was deleted");
        assertThat(ana.api().get("/v1/invitations").json().get("items")).isEmpty();
    }

    @Test
    void only_the_rooms_managers_invite_and_outsiders_learn_nothing() {
        var owner = node.newUser("owner");
        var ana = node.newUser("ana");
        var eve = node.newUser("eve");
        String room = owner.createRoom("group", "Closed", ana);
        ana.api().post("/v1/invitations/" + onlyInvitationOf(ana).get("id").asText() + "/accept", Map.of());

        var byMember = ana.api().post("/v1/rooms/" + room + "/members", Map.of("userIds", List.of(eve.id())));
        var byOutsider = eve.api().post("/v1/rooms/" + room + "/members", Map.of("userIds", List.of(eve.id())));

        assertThat(byMember.status()).isEqualTo(403);
        assertThat(byOutsider.status()).isEqualTo(404);
        assertThat(byOutsider.code()).isEqualTo("room_not_found");
        assertThat(eve.api().get("/v1/invitations").json().get("items")).isEmpty();
    }

    @Test
    void the_inviter_cancels_and_the_invitee_hears_it() {
        var owner = node.newUser("owner");
        var ana = node.newUser("ana");
        owner.createRoom("group", "Oops", ana);
        WsTestClient anaSocket = sessions.open(ana);
        String id = onlyInvitationOf(ana).get("id").asText();

        assertThat(ana.api().delete("/v1/invitations/" + id).status()).as("the invitee declines instead").isEqualTo(403);
        assertThat(owner.api().delete("/v1/invitations/" + id).status()).isEqualTo(204);

        anaSocket.awaitFrame(frame -> invitation(frame, "cancelled"));
        assertThat(ana.api().post("/v1/invitations/" + id + "/accept", Map.of()).code()).isEqualTo("invitation_closed");
    }

    @Test
    void adds_of_one_person_racing_each_other_leave_one_pending_invitation_and_each_answers_as_a_repeated_add()
            throws Exception {
        var owner = node.newUser("owner");
        var ana = node.newUser("ana");
        String room = owner.createRoom("group", "Crowded door");
        WsTestClient anaSocket = sessions.open(ana);
        int adds = 8;
        var start = new java.util.concurrent.CountDownLatch(1);
        List<ApiClient.Response> answers;
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(adds)) {
            var pending = java.util.stream.IntStream.range(0, adds).mapToObj(i -> threads.submit(() -> {
                start.await();
                return owner.api().post("/v1/rooms/" + room + "/members", Map.of("userIds", List.of(ana.id())));
            })).toList();
            start.countDown();
            answers = new java.util.ArrayList<>();
            for (var answer : pending) {
                answers.add(answer.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
        }

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            assertThat(answer.json().get("items")).isEmpty();
        });
        String id = onlyInvitationOf(ana).get("id").asText();
        assertThat(owner.api().get("/v1/rooms/" + room + "/invitations").json().get("items")).hasSize(1);
        anaSocket.awaitFrame(frame -> invitation(frame, "pending"));
        anaSocket.ping();
        assertThat(anaSocket.frames().stream().filter(frame -> invitation(frame, "pending")))
                .as("one invitation.changed").hasSize(1)
                .allSatisfy(frame -> assertThat(frame.path("invitation").path("id").asText()).isEqualTo(id));
    }
}
