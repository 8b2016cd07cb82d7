package dev.parley.core.audit;

import dev.parley.core.auth.Actor;
import dev.parley.core.id.IdGenerator;
import dev.parley.core.store.Repositories;
import java.time.Clock;

/** Writes an audit entry into the unit of work of the action it records, so both commit or neither. */
public final class AuditTrail {
    private final IdGenerator ids;
    private final Clock clock;

    public AuditTrail(IdGenerator ids, Clock clock) {
        this.ids = ids;
        this.clock = clock;
    }

    /** Appends who did {@code action} to the target, with the state before and after (null where none). */
    public void write(Repositories repos, Actor actor, String action, String targetType, String targetId,
            String before, String after) {
        repos.audit().append(new AuditEntry(ids.next(), clock.instant(), actor.userId(), action, targetType, targetId,
                before, after));
    }
}
