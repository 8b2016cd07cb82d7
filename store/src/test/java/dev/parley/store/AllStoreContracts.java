package dev.parley.store;

import org.junit.jupiter.api.Nested;

/**
 * Every store contract suite, as nested classes: a database's test class extends this and
 * says which fixture to run them on ({@code H2StoreTest}, {@code PostgresStoreTest}).
 */
abstract class AllStoreContracts {
    /** The fixture of the database under test. */
    abstract StoreFixture fixture();

    @Nested
    class Databases extends DatabaseContract {
        @Override
        protected StoreFixture fixture() {
            return AllStoreContracts.this.fixture();
        }
    }

    @Nested
    class Users extends UserRepositoryContract {
        @Override
        protected StoreFixture fixture() {
            return AllStoreContracts.this.fixture();
        }
    }

    @Nested
    class Rooms extends RoomRepositoryContract {
        @Override
        protected StoreFixture fixture() {
            return AllStoreContracts.this.fixture();
        }
    }

    @Nested
    class Members extends MemberRepositoryContract {
        @Override
        protected StoreFixture fixture() {
            return AllStoreContracts.this.fixture();
        }
    }

    @Nested
    class Messages extends MessageRepositoryContract {
        @Override
        protected StoreFixture fixture() {
            return AllStoreContracts.this.fixture();
        }
    }

    @Nested
    class Reactions extends ReactionRepositoryContract {
        @Override
        protected StoreFixture fixture() {
            return AllStoreContracts.this.fixture();
        }
    }

    @Nested
    class Tokens extends TokenRepositoryContract {
        @Override
        protected StoreFixture fixture() {
            return AllStoreContracts.this.fixture();
        }
    }

    @Nested
    class Accounts extends AccountRepositoryContract {
        @Override
        protected StoreFixture fixture() {
            return AllStoreContracts.this.fixture();
        }
    }

    @Nested
    class Log extends MessageLogContract {
        @Override
        protected StoreFixture fixture() {
            return AllStoreContracts.this.fixture();
        }
    }

    @Nested
    class ConcurrentLog extends MessageLogConcurrencyContract {
        @Override
        protected StoreFixture fixture() {
            return AllStoreContracts.this.fixture();
        }
    }

    @Nested
    class Batches extends AppendBatchContract {
        @Override
        protected StoreFixture fixture() {
            return AllStoreContracts.this.fixture();
        }
    }

    @Nested
    class Files extends FileRepositoryContract {
        @Override
        protected StoreFixture fixture() {
            return AllStoreContracts.this.fixture();
        }
    }
}
