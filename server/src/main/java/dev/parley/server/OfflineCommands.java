package dev.parley.server;

import dev.parley.core.account.AccountService;
import dev.parley.core.account.LoginThrottle;
import dev.parley.core.account.PasswordHasher;
import dev.parley.core.auth.AuthService;
import dev.parley.core.event.EventBus;
import dev.parley.core.event.LocalEventBus;
import dev.parley.core.id.UuidV7Generator;
import dev.parley.core.store.Store;
import dev.parley.core.store.Transactor;
import dev.parley.server.auth.ApiCredentials;
import dev.parley.server.auth.JwtTokenCodec;
import dev.parley.server.config.ParleyConfig;
import dev.parley.server.ops.ParleyMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.function.LongConsumer;

/** The CLI's commands that work on a node's data while no node runs: migrate, set a password, seed a room. */
public final class OfflineCommands {
    private OfflineCommands() {
    }

    /** Brings the schema up to date and returns. */
    public static void migrate(ParleyConfig config) {
        StoreFactory.migrate(config);
    }

    /** Sets a user's local-account password (the {@code parley user set-password} command). */
    public static void setPassword(ParleyConfig config, String userId, String password) {
        ApiCredentials credentials = ApiCredentials.of(config.api(), config.dataDir());
        Clock clock = Clock.systemUTC();
        try (ParleyMetrics metrics = new ParleyMetrics(); EventBus bus = new LocalEventBus();
                Store store = StoreFactory.open(config, metrics)) {
            Transactor transactor = new Transactor(store, bus);
            AuthService auth = new AuthService(transactor, new JwtTokenCodec(credentials.secret()), clock);
            new AccountService(transactor, auth, new PasswordHasher(), LoginThrottle.standard(), clock, false)
                    .setPassword(userId, password);
        }
    }

    /** Appends {@code count} generated messages to a room (the {@code parley seed} command; node stopped). */
    public static long seed(ParleyConfig config, UUID roomId, String userId, long count, LongConsumer progress)
            throws InterruptedException {
        Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
        try (ParleyMetrics metrics = new ParleyMetrics(); Store store = StoreFactory.open(config, metrics)) {
            return new Seeder(store, new UuidV7Generator(clock), clock).seed(roomId, userId, count, progress);
        }
    }
}
