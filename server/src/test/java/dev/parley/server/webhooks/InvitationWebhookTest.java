package dev.parley.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.server.TestNode;
import dev.parley.server.config.ParleyConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code invitation.changed} by webhook, with explicit joins: the host's hook for e-mailing or
 * notifying an invitee (what Conduit's chat module does itself with {@code send_email} and
 * {@code send_notification}), and for hearing the answer.
 */
class InvitationWebhookTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2(config -> config.withRooms(new ParleyConfig.Rooms(true))
            .withWebhooks(new ParleyConfig.Webhooks(true, List.of(Duration.ofMillis(500)), Duration.ofSeconds(3))));
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestReceiver receiver;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = new TestReceiver();
    }

    @AfterEach
    void stopReceiver() {
        for (JsonNode webhook : node.server().get("/v1/webhooks").json().get("items")) {
            node.server().delete("/v1/webhooks/" + webhook.get("id").asText());
        }
        receiver.close();
    }

    private List<JsonNode> invitationsTo(String roomId) {
        return receiver.received().stream().map(r -> parse(r.body()))
                .filter(body -> roomId.equals(body.path("data").path("invitation").path("roomId").asText())).toList();
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    @Test
    void an_invitation_and_its_answer_reach_the_host_signed_so_it_can_mail_or_notify_the_invitee() {
        var created = node.server().post("/v1/webhooks", Map.of("url", receiver.url(), "events",
                List.of("invitation.changed")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var owner = node.newUser("owner");
        var ana = node.newUser("ana");
        String room = owner.createRoom("group", "Book club");

        owner.api().post("/v1/rooms/" + room + "/members", Map.of("userIds", List.of(ana.id())));
        await().atMost(Duration.ofSeconds(15)).until(() -> invitationsTo(room).size() == 1);
        JsonNode invited = invitationsTo(room).getFirst();
        String id = invited.at("/data/invitation/id").asText();
        ana.api().post("/v1/invitations/" + id + "/accept", Map.of());
        await().atMost(Duration.ofSeconds(15)).until(() -> invitationsTo(room).size() == 2);

        assertThat(invited.get("type").asText()).isEqualTo("invitation.changed");
        assertThat(invited.at("/data/type").asText()).isEqualTo("invitation.changed");
        assertThat(invited.at("/data/invitation/inviteeId").asText()).isEqualTo(ana.id());
        assertThat(invited.at("/data/invitation/inviterId").asText()).isEqualTo(owner.id());
        assertThat(invited.at("/data/invitation/roomName").asText()).isEqualTo("Book club");
        assertThat(invited.at("/data/invitation/status").asText()).isEqualTo("pending");
        JsonNode answered = invitationsTo(room).get(1);
        assertThat(answered.at("/data/invitation/id").asText()).isEqualTo(id);
        assertThat(answered.at("/data/invitation/status").asText()).isEqualTo("accepted");
        assertThat(receiver.received()).as("only what was asked for: no member.added")
                .allSatisfy(r -> assertThat(parse(r.body()).get("type").asText()).isEqualTo("invitation.changed"));
        var signer = new WebhookSigner(TestNode.API_SECRET);
        assertThat(receiver.received()).allSatisfy(r -> assertThat(r.apiSignature()).isEqualTo(signer.apiSignature(r.body())));
    }

    @Test
    void subscribing_to_an_unknown_event_type_names_the_known_ones_including_invitations() {
        var refused = node.server().post("/v1/webhooks", Map.of("url", receiver.url(), "events", List.of("invite.sent")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asText()).contains("invite.sent").contains("invitation.changed");
        assertThat(node.server().get("/v1/webhooks").json().get("items")).isEmpty();
    }
}
