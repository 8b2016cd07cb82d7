package dev.parley.core.grant;

import dev.parley.core.audit.AuditTrail;
import dev.parley.core.auth.Actor;
import dev.parley.core.auth.Admins;
import dev.parley.core.event.Event;
import dev.parley.core.store.Transactor;
import java.time.Clock;

/**
 * The grants document at run time: read it, replace it (app admins), and take a change made on
 * any node. A replacement is stored with the next version, audited in the same transaction and
 * published as {@link Event.GrantsChanged}; every node then reloads the stored document.
 */
public final class GrantService {
    private final Transactor store;
    private final LiveGrants live;
    private final AuditTrail audit;
    private final Clock clock;

    public GrantService(Transactor store, LiveGrants live, AuditTrail audit, Clock clock) {
        this.store = store;
        this.live = live;
        this.audit = audit;
        this.clock = clock;
    }

    /** The grants in force here and their version (0 while the config file's defaults apply). */
    public LiveGrants.Versioned current(Actor actor) {
        Admins.check(actor, "read the grants");
        return live.versioned();
    }

    /**
     * Replaces the whole document. One naming unknown scopes, roles or grants is refused (400)
     * and the one in force stays.
     */
    public LiveGrants.Versioned replace(Actor actor, GrantsDocument document) {
        Admins.check(actor, "change the grants");
        Grants grants = Grants.parse(document);
        store.requireDelivery();
        long version = store.write(repos -> {
            var stored = repos.grants().find();
            GrantsDocument before = stored.map(GrantRepository.StoredGrants::document)
                    .orElse(live.current().document());
            long next = stored.map(GrantRepository.StoredGrants::version).orElse(0L) + 1;
            repos.grants().save(grants.document(), next, actor.userId(), clock.instant());
            audit.write(repos, actor, "grants.replace", "grants", "app", GrantsText.of(before),
                    GrantsText.of(grants.document()));
            repos.record(new Event.GrantsChanged(next));
            return next;
        });
        live.offer(version, grants);
        return live.versioned();
    }

    /** Takes the stored document if it is newer than the one in force (at start, and when a node changed it). */
    public void reload() {
        store.read(repos -> repos.grants().find()).ifPresent(stored ->
                live.offer(stored.version(), Grants.parse(stored.document())));
    }
}
