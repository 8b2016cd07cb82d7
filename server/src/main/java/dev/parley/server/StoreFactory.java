package dev.parley.server;

import dev.parley.core.store.Store;
import dev.parley.server.config.ParleyConfig;
import dev.parley.server.ops.ParleyMetrics;
import dev.parley.store.jdbc.Database;
import dev.parley.store.jdbc.DatabaseSettings;
import dev.parley.store.JdbcStore;
import dev.parley.store.log.MessageLogSettings;

/** Opens the configured database: embedded H2 in the data dir, or PostgreSQL. */
final class StoreFactory {
    private StoreFactory() {
    }

    static Store open(ParleyConfig config, ParleyMetrics metrics) {
        Database database = Database.open(settings(config));
        var log = config.messages().groupCommit() ? MessageLogSettings.DEFAULT : MessageLogSettings.ONE_BY_ONE;
        return new JdbcStore(database, log, metrics::commitBatch);
    }

    static void migrate(ParleyConfig config) {
        Database.open(settings(config)).close();
    }

    static String describe(ParleyConfig config) {
        return config.database().embedded()
                ? "the embedded database in " + config.dataDir().toAbsolutePath().normalize()
                : "the database at " + config.database().url();
    }

    private static DatabaseSettings settings(ParleyConfig config) {
        var database = config.database();
        DatabaseSettings base = database.embedded()
                ? DatabaseSettings.h2(config.dataDir())
                : DatabaseSettings.of(database.url(), database.user(), database.password());
        return base.withPoolSize(database.poolSize()).withSyncCommits(database.syncCommits());
    }
}
