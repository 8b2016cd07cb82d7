package dev.parley.server.moderation;

import dev.parley.server.TestNode;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Moderation over the API on PostgreSQL. */
class ModerationPostgresApiTest extends ModerationApiContract {
    @RegisterExtension
    static final TestNode node = TestNode.onPostgres();

    @Override
    TestNode node() {
        return node;
    }
}
