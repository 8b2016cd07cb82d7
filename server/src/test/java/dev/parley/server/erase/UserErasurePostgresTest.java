package dev.parley.server.erase;

import dev.parley.server.TestNode;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Export and erasure on PostgreSQL. */
class UserErasurePostgresTest extends UserErasureApiContract {
    @RegisterExtension
    static final TestNode node = TestNode.onPostgres();

    @Override
    TestNode node() {
        return node;
    }
}
