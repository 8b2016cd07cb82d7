package dev.parley.server.apikey;

import dev.parley.server.TestNode;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The API key routes on PostgreSQL. */
class ApiKeyPostgresTest extends ApiKeyApiContract {
    @RegisterExtension
    static final TestNode node = TestNode.onPostgres();

    @Override
    TestNode node() {
        return node;
    }
}
