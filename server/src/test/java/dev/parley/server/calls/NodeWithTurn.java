package dev.parley.server.calls;

import dev.parley.server.TestNode;
import dev.parley.server.config.ParleyConfig;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit extension: Debian's coturn on loopback ({@link TurnServer}) and a node that mints TURN
 * credentials for it ({@code rtc.turn.urls}, {@code rtc.turn.secret}); both stop after the class.
 */
public final class NodeWithTurn implements BeforeAllCallback, AfterAllCallback {
    private final String secret = "turn-secret-" + System.nanoTime();
    private TurnServer turn;
    private TestNode node;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        turn = TurnServer.start(secret);
        node = TestNode.onH2(config -> config.withCalls(config.calls().withRtc(new ParleyConfig.Rtc(List.of(),
                List.of(turn.url()), secret, Duration.ofMinutes(10)))));
        node.beforeAll(context);
    }

    public TestNode node() {
        return node;
    }

    public TurnServer turn() {
        return turn;
    }

    public String secret() {
        return secret;
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (node != null) {
            node.close();
        }
        if (turn != null) {
            turn.close();
        }
    }
}
