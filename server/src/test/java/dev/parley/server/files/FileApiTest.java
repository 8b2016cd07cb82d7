package dev.parley.server.files;

import dev.parley.server.TestNode;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The file API on the embedded database. */
class FileApiTest extends FileApiContract {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();

    @Override
    TestNode node() {
        return node;
    }
}
