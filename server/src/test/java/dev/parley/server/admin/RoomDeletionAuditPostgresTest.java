package dev.parley.server.admin;

import dev.parley.server.TestNode;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Room deletions in the audit log, on PostgreSQL. */
class RoomDeletionAuditPostgresTest extends RoomDeletionAuditContract {
    @RegisterExtension
    static final TestNode node = TestNode.onPostgres();

    @Override
    TestNode node() {
        return node;
    }
}
