package dev.parley.store;

import org.junit.jupiter.api.Nested;

/**
 * Every store contract suite: those of the ports ({@link StorePortContracts}) and those about
 * a database — its schema, pool and health ({@link DatabaseContract}) and the JDBC batch
 * committer ({@link AppendBatchContract}). A database's test class extends this and says which
 * fixture to run them on ({@code H2StoreTest}, {@code PostgresStoreTest}).
 */
abstract class AllStoreContracts extends StorePortContracts {
    @Nested
    class Databases extends DatabaseContract {
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
}
