package dev.parley.server.admin;

import dev.parley.server.TestNode;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Room deletions in the audit log, on H2. */
class RoomDeletionAuditTest extends RoomDeletionAuditContract {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();

    @Override
    TestNode node() {
        return node;
    }
}
