package dev.parley.server.ws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.TestNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An admin changes a user's app role while their WebSocket is open: the session acts with the
 * new role from its next frame, without reconnecting, and is told ({@code role.changed}) so the
 * client fetches its capabilities again; nobody else is told, and a rename says nothing of roles.
 */
class RoleChangeLiveTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();

    @Test
    void an_open_session_posts_in_a_frozen_room_once_made_admin_and_no_longer_once_made_user_again() {
        var admin = node.newUser("admin", "admin");
        var owner = node.newUser("owner");
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = owner.createRoom("group", "Frozen", ana, bob);
        assertThat(owner.api().patch("/v1/rooms/" + room, Map.of("frozen", true)).status()).isEqualTo(200);
        try (var anaSocket = WsTestClient.connect(node); var bobSocket = WsTestClient.connect(node)) {
            anaSocket.authenticate(node.token(ana.id()));
            bobSocket.authenticate(node.token(bob.id()));
            assertThat(anaSocket.sendAndAwaitReply(room, "before", "c1").get("code").asText()).isEqualTo("room_frozen");

            assertThat(admin.api().patch("/v1/admin/users/" + ana.id(), Map.of("role", "admin")).status())
                    .isEqualTo(200);
            assertThat(anaSocket.awaitType("role.changed").get("role").asText()).isEqualTo("admin");
            JsonNode posted = anaSocket.sendAndAwaitReply(room, "as an admin", "c2");
            assertThat(posted.get("type").asText()).as(posted.toString()).isEqualTo("ack");

            assertThat(admin.api().patch("/v1/admin/users/" + ana.id(), Map.of("role", "user")).status())
                    .isEqualTo(200);
            anaSocket.awaitFrame(f -> f.path("type").asText().equals("role.changed")
                    && f.path("role").asText().equals("user"));
            assertThat(anaSocket.sendAndAwaitReply(room, "after", "c3").get("code").asText()).isEqualTo("room_frozen");

            assertThat(node.server().put("/v1/users/" + ana.id(), Map.of("name", "Ana renamed", "role", "user"))
                    .status()).isEqualTo(200);
            anaSocket.awaitType("user.updated");
            assertThat(anaSocket.framesOfType("role.changed")).hasSize(2);
            assertThat(bobSocket.framesOfType("role.changed")).isEmpty();
        }
    }
}
