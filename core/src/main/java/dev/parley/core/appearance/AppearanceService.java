package dev.parley.core.appearance;

import dev.parley.core.audit.AuditTrail;
import dev.parley.core.auth.Actor;
import dev.parley.core.auth.Admins;
import dev.parley.core.error.ParleyException;
import dev.parley.core.event.Event;
import dev.parley.core.store.Transactor;
import java.time.Clock;
import java.util.List;

/**
 * The appearance (theme and features) at run time: read it, replace a client type's settings
 * (app admins), and take a change made on any node. A replacement is stored with the next
 * version, audited in the same transaction and published as {@link Event.AppearanceChanged};
 * every node then reloads what is stored.
 */
public final class AppearanceService {
    private final Transactor store;
    private final LiveAppearance live;
    private final AppearanceRules rules;
    private final AuditTrail audit;
    private final Clock clock;

    public AppearanceService(Transactor store, LiveAppearance live, AppearanceRules rules, AuditTrail audit, Clock clock) {
        this.store = store;
        this.live = live;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** The settings in force here and their version (0 while the config file's apply everywhere). */
    public LiveAppearance.Versioned current(Actor actor, String clientType) {
        Admins.check(actor, "read the appearance");
        check(clientType, AppearanceSettings.NONE);
        return live.versioned();
    }

    /**
     * Replaces what an admin set of {@code clientType} (empty: back to the config file's).
     * Settings naming unknown keys or holding bad values are refused (400, each one named) and
     * the stored ones stay.
     */
    public LiveAppearance.Versioned replace(Actor actor, String clientType, AppearanceSettings settings) {
        Admins.check(actor, "change the appearance");
        check(clientType, settings);
        store.requireDelivery();
        var saved = store.write(repos -> {
            var stored = repos.appearance().find();
            AppearanceSettings before = stored.map(s -> s.byClientType().getOrDefault(clientType, AppearanceSettings.NONE))
                    .orElse(AppearanceSettings.NONE);
            long next = stored.map(AppearanceRepository.StoredAppearance::version).orElse(0L) + 1;
            repos.appearance().save(clientType, settings, next, actor.userId(), clock.instant());
            audit.write(repos, actor, "appearance.replace", "appearance", clientType, before.text(), settings.text());
            repos.record(new Event.AppearanceChanged(next, clientType));
            return repos.appearance().find().orElseThrow();
        });
        live.offer(saved.version(), saved.byClientType());
        return live.versioned();
    }

    /** The version in force here (0: none stored). */
    public long version() {
        return live.versioned().version();
    }

    /** Takes what is stored if it is newer than what is in force (at start, and when a node changed it). */
    public void reload() {
        store.read(repos -> repos.appearance().find()).ifPresent(stored ->
                live.offer(stored.version(), stored.byClientType()));
    }

    private void check(String clientType, AppearanceSettings settings) {
        List<String> problems = rules.problems(clientType, settings);
        if (!problems.isEmpty()) {
            throw ParleyException.invalid(String.join("; ", problems));
        }
    }
}
