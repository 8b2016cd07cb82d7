package dev.parley.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/**
 * The store contract on PostgreSQL, in a fresh database created for this class and dropped
 * afterwards. Fails when PostgreSQL cannot be reached, unless {@code PARLEY_SKIP_PG=1}
 * (see {@link TestDatabases}).
 */
class PostgresStoreTest {
    static StoreFixture fixture;

    @BeforeAll
    static void open() {
        fixture = StoreFixture.open(TestDatabases::postgres);
    }

    @AfterAll
    static void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Nested
    class Databases extends DatabaseContract {
        @Override
        protected StoreFixture fixture() {
            return fixture;
        }
    }

    @Nested
    class Users extends UserRepositoryContract {
        @Override
        protected StoreFixture fixture() {
            return fixture;
        }
    }

    @Nested
    class Rooms extends RoomRepositoryContract {
        @Override
        protected StoreFixture fixture() {
            return fixture;
        }
    }

    @Nested
    class Members extends MemberRepositoryContract {
        @Override
        protected StoreFixture fixture() {
            return fixture;
        }
    }

    @Nested
    class Messages extends MessageRepositoryContract {
        @Override
        protected StoreFixture fixture() {
            return fixture;
        }
    }

    @Nested
    class Reactions extends ReactionRepositoryContract {
        @Override
        protected StoreFixture fixture() {
            return fixture;
        }
    }

    @Nested
    class Tokens extends TokenRepositoryContract {
        @Override
        protected StoreFixture fixture() {
            return fixture;
        }
    }

    @Nested
    class Log extends MessageLogContract {
        @Override
        protected StoreFixture fixture() {
            return fixture;
        }
    }

    @Nested
    class ConcurrentLog extends MessageLogConcurrencyContract {
        @Override
        protected StoreFixture fixture() {
            return fixture;
        }
    }

    @Nested
    class Batches extends AppendBatchContract {
        @Override
        protected StoreFixture fixture() {
            return fixture;
        }
    }
}
