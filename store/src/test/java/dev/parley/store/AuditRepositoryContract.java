package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.audit.AuditEntry;
import dev.parley.core.audit.AuditQuery;
import dev.parley.core.id.UuidV7Generator;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

public abstract class AuditRepositoryContract extends StoreContract {
    private final UuidV7Generator ids = new UuidV7Generator(Clock.systemUTC());

    @Test
    void entries_are_found_newest_first_by_actor_action_and_time_and_paged_by_id() {
        String actor = "auditor-" + UUID.randomUUID();
        Instant t0 = TestData.now();
        AuditEntry first = entry(actor, "grants.replace", t0, "a", "b");
        AuditEntry second = entry(actor, "room.ban", t0.plusSeconds(10), null, "reason: spam");
        AuditEntry third = entry(actor, "room.ban", t0.plusSeconds(20), "x", null);
        store().transaction(repos -> {
            List.of(first, second, third).forEach(repos.audit()::append);
            return null;
        });

        assertThat(search(new AuditQuery(actor, null, null, null, null, 10))).containsExactly(third, second, first);
        assertThat(search(new AuditQuery(actor, "room.ban", null, null, null, 10))).containsExactly(third, second);
        assertThat(search(new AuditQuery(actor, null, t0.plusSeconds(10), t0.plusSeconds(20), null, 10)))
                .containsExactly(second);
        assertThat(search(new AuditQuery(actor, null, null, null, null, 2))).containsExactly(third, second);
        assertThat(search(new AuditQuery(actor, null, null, null, second.id(), 2))).containsExactly(first);
    }

    @Test
    void an_entry_of_a_rolled_back_unit_of_work_is_not_kept() {
        String actor = "auditor-" + UUID.randomUUID();
        try {
            store().transaction(repos -> {
                repos.audit().append(entry(actor, "grants.replace", TestData.now(), null, null));
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // nothing kept
        }

        assertThat(search(new AuditQuery(actor, null, null, null, null, 10))).isEmpty();
    }

    private AuditEntry entry(String actor, String action, Instant at, String before, String after) {
        return new AuditEntry(ids.next(), at, actor, action, "room", "r-1", before, after);
    }

    private List<AuditEntry> search(AuditQuery query) {
        return store().read(repos -> repos.audit().search(query));
    }
}
