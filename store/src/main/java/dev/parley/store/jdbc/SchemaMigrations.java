package dev.parley.store.jdbc;

import dev.parley.store.jdbc.Dialect;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database's schema up to the version this build knows (Flyway, migrations under
 * {@code db/migration}), and refuses a database whose schema is newer than that: an older
 * Parley must not write into a schema it does not understand.
 */
public final class SchemaMigrations {
    public static final String LOCATION = "classpath:db/migration";

    private final Flyway flyway;

    public SchemaMigrations(DataSource dataSource, Dialect dialect, String... locations) {
        this.flyway = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.length == 0 ? new String[] {LOCATION} : locations)
                .placeholders(dialect.migrationPlaceholders())
                // Flyway ignores applied migrations it does not know ("*:future") by default;
                // ignoring nothing makes its validation fail on them too.
                .ignoreMigrationPatterns(new String[0])
                .cleanDisabled(true)
                .load();
    }

    /** Applies pending migrations; returns how many were applied. */
    public int migrate() {
        checkNotNewer();
        MigrateResult result = flyway.migrate();
        return result.migrationsExecuted;
    }

    /** The version the database's schema is at, if it has one. */
    public Optional<String> currentVersion() {
        MigrationInfo current = flyway.info().current();
        return current == null ? Optional.empty() : Optional.of(current.getVersion().getVersion());
    }

    private void checkNotNewer() {
        MigrationInfo[] applied = flyway.info().applied();
        Optional<MigrationVersion> newestApplied = Arrays.stream(applied)
                .map(MigrationInfo::getVersion)
                .filter(version -> version != null)
                .max(Comparator.naturalOrder());
        Optional<MigrationVersion> newestKnown = Arrays.stream(flyway.info().all())
                .filter(info -> info.getState().isResolved())
                .map(MigrationInfo::getVersion)
                .filter(version -> version != null)
                .max(Comparator.naturalOrder());
        if (newestApplied.isPresent()
                && (newestKnown.isEmpty() || newestApplied.get().compareTo(newestKnown.get()) > 0)) {
            throw new IllegalStateException("The database schema is at version " + newestApplied.get()
                    + ", newer than this build of Parley knows (up to "
                    + newestKnown.map(MigrationVersion::getVersion).orElse("none")
                    + "). It was upgraded by a newer Parley: run that version, or restore a backup"
                    + " taken before the upgrade.");
        }
    }
}
