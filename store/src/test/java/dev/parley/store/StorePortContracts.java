package dev.parley.store;

import org.junit.jupiter.api.Nested;

/**
 * The contract suites of core's store ports ({@code Store}, the repositories, the message log),
 * as nested classes: what any implementation must do, with a database or without one. A test
 * class extends this and says which fixture to run them on ({@code InMemoryStoreTest}, and
 * through {@link AllStoreContracts} {@code H2StoreTest} and {@code PostgresStoreTest}).
 */
abstract class StorePortContracts {
    /** The fixture of the store under test. */
    abstract StoreFixture fixture();

    @Nested
    class Users extends UserRepositoryContract {
        @Override
        protected StoreFixture fixture() {
            return StorePortContracts.this.fixture();
        }
    }

    @Nested
    class Rooms extends RoomRepositoryContract {
        @Override
        protected StoreFixture fixture() {
            return StorePortContracts.this.fixture();
        }
    }

    @Nested
    class Members extends MemberRepositoryContract {
        @Override
        protected StoreFixture fixture() {
            return StorePortContracts.this.fixture();
        }
    }

    @Nested
    class Messages extends MessageRepositoryContract {
        @Override
        protected StoreFixture fixture() {
            return StorePortContracts.this.fixture();
        }
    }

    @Nested
    class Changes extends ChangeRepositoryContract {
        @Override
        protected StoreFixture fixture() {
            return StorePortContracts.this.fixture();
        }
    }

    @Nested
    class CountsAfterDeletes extends CountsAfterDeletesContract {
        @Override
        protected StoreFixture fixture() {
            return StorePortContracts.this.fixture();
        }
    }

    @Nested
    class MentionsAndMute extends MentionAndMuteContract {
        @Override
        protected StoreFixture fixture() {
            return StorePortContracts.this.fixture();
        }
    }

    @Nested
    class Reactions extends ReactionRepositoryContract {
        @Override
        protected StoreFixture fixture() {
            return StorePortContracts.this.fixture();
        }
    }

    @Nested
    class Webhooks extends WebhookRepositoryContract {
        @Override
        protected StoreFixture fixture() {
            return StorePortContracts.this.fixture();
        }
    }

    @Nested
    class Streams extends StreamRepositoryContract {
        @Override
        protected StoreFixture fixture() {
            return StorePortContracts.this.fixture();
        }
    }

    @Nested
    class Invitations extends InvitationRepositoryContract {
        @Override
        protected StoreFixture fixture() {
            return StorePortContracts.this.fixture();
        }
    }

    @Nested
    class Calls extends CallRepositoryContract {
        @Override
        protected StoreFixture fixture() {
            return StorePortContracts.this.fixture();
        }
    }

    @Nested
    class Files extends FileRepositoryContract {
        @Override
        protected StoreFixture fixture() {
            return StorePortContracts.this.fixture();
        }
    }

    @Nested
    class Tokens extends TokenRepositoryContract {
        @Override
        protected StoreFixture fixture() {
            return StorePortContracts.this.fixture();
        }
    }

    @Nested
    class Accounts extends AccountRepositoryContract {
        @Override
        protected StoreFixture fixture() {
            return StorePortContracts.this.fixture();
        }
    }

    @Nested
    class GrantDocuments extends GrantRepositoryContract {
        @Override
        protected StoreFixture fixture() {
            return StorePortContracts.this.fixture();
        }
    }

    @Nested
    class AdminLookups extends AdminRepositoryContract {
        @Override
        protected StoreFixture fixture() {
            return StorePortContracts.this.fixture();
        }
    }

    @Nested
    class AuditLog extends AuditRepositoryContract {
        @Override
        protected StoreFixture fixture() {
            return StorePortContracts.this.fixture();
        }
    }

    @Nested
    class RoomModeration extends ModerationRepositoryContract {
        @Override
        protected StoreFixture fixture() {
            return StorePortContracts.this.fixture();
        }
    }

    @Nested
    class Flags extends FlagRepositoryContract {
        @Override
        protected StoreFixture fixture() {
            return StorePortContracts.this.fixture();
        }
    }

    @Nested
    class RoomSlowMode extends SlowModeContract {
        @Override
        protected StoreFixture fixture() {
            return StorePortContracts.this.fixture();
        }
    }

    @Nested
    class AppBans extends AppBanRepositoryContract {
        @Override
        protected StoreFixture fixture() {
            return StorePortContracts.this.fixture();
        }
    }

    @Nested
    class LiveMessagesOfUser extends LiveMessagesOfUserContract {
        @Override
        protected StoreFixture fixture() {
            return StorePortContracts.this.fixture();
        }
    }

    @Nested
    class Log extends MessageLogContract {
        @Override
        protected StoreFixture fixture() {
            return StorePortContracts.this.fixture();
        }
    }

    @Nested
    class ConcurrentLog extends MessageLogConcurrencyContract {
        @Override
        protected StoreFixture fixture() {
            return StorePortContracts.this.fixture();
        }
    }

    @Nested
    class UnitsOfWork extends TransactionContract {
        @Override
        protected StoreFixture fixture() {
            return StorePortContracts.this.fixture();
        }
    }

    @Nested
    class LogSteps extends MessageLogStepContract {
        @Override
        protected StoreFixture fixture() {
            return StorePortContracts.this.fixture();
        }
    }
}
