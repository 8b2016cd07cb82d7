package dev.parley.core.admin;

import dev.parley.core.auth.Actor;
import dev.parley.core.auth.Admins;
import dev.parley.core.store.Transactor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.function.IntSupplier;

/** The numbers of the admin dashboard, counted when asked (no cache: admins ask rarely). */
public final class AdminStatsService {
    private final Transactor store;
    private final Clock clock;
    private final IntSupplier sessionsOnNode;

    /** {@code sessionsOnNode} counts the real-time connections (WebSocket, Socket.IO) open on this node. */
    public AdminStatsService(Transactor store, Clock clock, IntSupplier sessionsOnNode) {
        this.store = store;
        this.clock = clock;
        this.sessionsOnNode = sessionsOnNode;
    }

    public Dashboard dashboard(Actor actor) {
        Admins.check(actor, "read the dashboard");
        Instant dayStart = clock.instant().atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).toInstant();
        var counts = store.read(repos -> repos.admin().counts(dayStart));
        return new Dashboard(counts.users(), counts.activeUsers(), counts.rooms(), counts.messagesSince(), dayStart,
                sessionsOnNode.getAsInt());
    }
}
