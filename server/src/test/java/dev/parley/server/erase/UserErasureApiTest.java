package dev.parley.server.erase;

import dev.parley.server.TestNode;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Export and erasure on embedded H2. */
class UserErasureApiTest extends UserErasureApiContract {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();

    @Override
    TestNode node() {
        return node;
    }
}
