package dev.parley.server.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.server.TestNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The curl commands of the Conduit chat tutorial, run by the real curl with only the address,
 * the token and the ids filled in — quotes around the token and the masterkey header included.
 */
class ConduitSeedCurlTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theTutorialsCreateAddAndLeaveCommandsAnswerAsConduitDoes() throws Exception {
        var owner = node.newUser("owner");
        var one = node.newUser("one");
        var two = node.newUser("two");
        var three = node.newUser("three");
        String token = node.token(owner.id());

        JsonNode created = curl("--location", "--request", "POST", node.url() + "/chat/rooms",
                "--header", "Content-Type: application/json",
                "--header", "Accept: application/json",
                "--header", "Authorization: Bearer \"" + token + "\" ",
                "--data-raw", "{\n\"roomName\": \"Conduit Users\",\n\"users\": [\"" + one.id() + "\",\"" + two.id() + "\"]\n}");
        String roomId = created.get("roomId").asText();
        assertThat(created.size()).isEqualTo(1);

        JsonNode added = curl("--location", "--request", "PUT", node.url() + "/chat/rooms/" + roomId + "/addUsers",
                "--header", "Content-Type: application/json",
                "--header", "Accept: application/json",
                "--header", "masterkey: M4ST3RK3Y",
                "--header", "Authorization: Bearer \"" + token + "\"",
                "--data-raw", "{\n\"users\": [\"" + three.id() + "\"]\n}");
        assertThat(added).isEqualTo(JSON.readTree("{\"result\":\"Users added\"}"));

        var room = one.api().get("/chat/rooms/" + roomId).json();
        assertThat(room.get("name").asText()).isEqualTo("Conduit Users");
        assertThat(room.get("participants")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder(owner.id(), one.id(), two.id(), three.id());

        JsonNode left = curl("--location", "--request", "PUT", node.url() + "/chat/leave/" + roomId,
                "--header", "Content-Type: application/json",
                "--header", "Accept: application/json",
                "--header", "masterkey: M4ST3RK3Y",
                "--header", "Authorization: Bearer \"" + node.token(two.id()) + "\"",
                "--data-raw", "");
        assertThat(left).isEqualTo(JSON.readTree("{\"result\":\"Ok\"}"));
        assertThat(one.api().get("/chat/rooms/" + roomId).json().get("participants")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder(owner.id(), one.id(), three.id());
        assertThat(two.api().get("/chat/rooms/" + roomId).status()).isEqualTo(404);
    }

    private static JsonNode curl(String... arguments) throws IOException, InterruptedException {
        var command = new java.util.ArrayList<>(List.of("curl", "--silent", "--show-error", "--write-out", "\n%{http_code}"));
        command.addAll(List.of(arguments));
        Process curl = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(curl.waitFor(30, TimeUnit.SECONDS)).isTrue();
        int split = out.lastIndexOf('\n');
        assertThat(out.substring(split + 1)).as(out).isEqualTo("200");
        return JSON.readTree(out.substring(0, split));
    }
}
