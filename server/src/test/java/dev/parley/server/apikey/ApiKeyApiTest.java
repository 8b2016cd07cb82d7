package dev.parley.server.apikey;

import dev.parley.server.TestNode;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The API key routes on embedded H2. */
class ApiKeyApiTest extends ApiKeyApiContract {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();

    @Override
    TestNode node() {
        return node;
    }
}
