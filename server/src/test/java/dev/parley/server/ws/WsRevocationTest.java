package dev.parley.server.ws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.TestNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Revoking credentials ends the sessions they opened at once, with 4401. */
class WsRevocationTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();
    @RegisterExtension
    final WsSessions sessions = new WsSessions(node);

    /** "At once" in the contract; the 30 s expiry sweep would not make it. */
    private static final Duration PROMPTLY = Duration.ofSeconds(5);

    private static void assertClosedWith4401(WsTestClient... clients) {
        for (var client : clients) {
            var closed = client.awaitClosed(PROMPTLY);
            assertThat(closed.code()).as(closed.toString()).isEqualTo(4401);
        }
    }

    @Test
    void logging_out_a_token_closes_the_sessions_opened_with_it_and_no_others() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String token = node.token(ana.id());
        var first = sessions.open(token);
        var second = sessions.open(token);
        var otherToken = sessions.open(ana);
        var someoneElse = sessions.open(bob);

        assertThat(ana.api().withBearer(token).post("/v1/auth/logout", null).status()).isEqualTo(204);

        assertClosedWith4401(first, second);
        otherToken.ping();
        someoneElse.ping();
    }

    @Test
    void logging_out_everywhere_closes_every_session_of_the_user() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        var first = sessions.open(ana);
        var second = sessions.open(ana);
        var someoneElse = sessions.open(bob);

        assertThat(node.server().delete("/v1/users/" + ana.id() + "/tokens").status()).isEqualTo(204);

        assertClosedWith4401(first, second);
        someoneElse.ping();
        sessions.open(ana).ping();
    }

    @Test
    void deactivating_a_user_closes_every_session_of_the_user() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.createRoom("group", "Before deactivation", bob);
        var first = sessions.open(ana);
        var second = sessions.open(ana);
        var someoneElse = sessions.open(bob);

        assertThat(node.server().delete("/v1/users/" + ana.id()).status()).isEqualTo(204);

        assertClosedWith4401(first, second);
        someoneElse.ping();
        var again = sessions.connect();
        again.send(WsTestClient.frame("auth", "token", WsSessions.mint(TestNode.API_SECRET, ana.id(),
                java.time.Instant.now().plusSeconds(600))));
        assertThat(again.awaitClosed().code()).isEqualTo(4401);
        assertThat(List.of(first, second)).allSatisfy(c -> assertThat(c.framesOfType("error")).isEmpty());
        assertThat(bob.api().get("/v1/rooms/" + room).status()).isEqualTo(200);
    }
}
