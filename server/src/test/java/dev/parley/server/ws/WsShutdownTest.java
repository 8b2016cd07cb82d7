package dev.parley.server.ws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ParleyNode;
import dev.parley.server.TestNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A node that stops tells its clients to reconnect elsewhere. */
class WsShutdownTest {

    @Test
    void stopping_the_node_closes_every_session_with_1012() throws Exception {
        var node = ParleyNode.start(TestNode.config(Files.createTempDirectory("parley-ws-stop"), "", "", "", true));
        List<WsTestClient> clients;
        try {
            var created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(node.url() + "/v1/users/ana"))
                    .header("Authorization", "Bearer " + TestNode.API_SECRET).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"Ana\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String token = WsSessions.mint(TestNode.API_SECRET, "ana", Instant.now().plusSeconds(600));
            clients = List.of(WsTestClient.connect(node.url()), WsTestClient.connect(node.url()));
            clients.forEach(client -> client.authenticate(token));
        } finally {
            node.close();
        }

        for (var client : clients) {
            var closed = client.awaitClosed();
            assertThat(closed.code()).as(closed.toString()).isEqualTo(1012);
            client.close();
        }
    }
}
