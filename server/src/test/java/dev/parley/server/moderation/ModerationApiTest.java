package dev.parley.server.moderation;

import dev.parley.server.TestNode;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Moderation over the API on H2. */
class ModerationApiTest extends ModerationApiContract {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();

    @Override
    TestNode node() {
        return node;
    }
}
