package dev.parley.server.files;

import dev.parley.server.TestNode;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The file API on PostgreSQL. */
class FilePostgresApiTest extends FileApiContract {
    @RegisterExtension
    static final TestNode node = TestNode.onPostgres();

    @Override
    TestNode node() {
        return node;
    }
}
