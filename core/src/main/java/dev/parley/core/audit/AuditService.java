package dev.parley.core.audit;

import dev.parley.core.auth.Actor;
import dev.parley.core.auth.Admins;
import dev.parley.core.error.Constraints;
import dev.parley.core.error.ParleyException;
import dev.parley.core.id.Uuids;
import dev.parley.core.page.Cursor;
import dev.parley.core.page.Page;
import dev.parley.core.page.PageRequest;
import dev.parley.core.store.Transactor;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** The audit log for app admins: searched page by page, newest first, or exported whole. */
public final class AuditService {
    /** An export reads the log in batches of this many entries. */
    static final int EXPORT_BATCH = 500;
    private static final int MAX_ACTION = 64;

    private final Transactor store;

    public AuditService(Transactor store) {
        this.store = store;
    }

    public Page<AuditEntry> search(Actor actor, AuditSearch search, PageRequest page) {
        Admins.check(actor, "read the audit log");
        check(search);
        var position = Cursor.decode(page.after(), 1);
        UUID before = position == null ? null : cursorId(position.getFirst());
        List<AuditEntry> rows = store.read(repos -> repos.audit().search(query(search, before, page.limit() + 1)));
        return Page.of(rows, page.limit(), entry -> Cursor.encode(entry.id().toString()));
    }

    /** Every matching entry, newest first, handed to {@code sink} batch by batch (the CSV export). */
    public void export(Actor actor, AuditSearch search, Consumer<List<AuditEntry>> sink) {
        Admins.check(actor, "export the audit log");
        check(search);
        UUID before = null;
        while (true) {
            UUID after = before;
            List<AuditEntry> rows = store.read(repos -> repos.audit().search(query(search, after, EXPORT_BATCH)));
            if (rows.isEmpty()) {
                return;
            }
            sink.accept(rows);
            if (rows.size() < EXPORT_BATCH) {
                return;
            }
            before = rows.getLast().id();
        }
    }

    private static AuditQuery query(AuditSearch search, UUID before, int limit) {
        return new AuditQuery(search.actorId(), search.action(), search.from(), search.to(), before, limit);
    }

    private static void check(AuditSearch search) {
        Constraints.checkOptionalText("actorId", search.actorId(), 200);
        Constraints.checkOptionalText("action", search.action(), MAX_ACTION);
        if (search.from() != null && search.to() != null && !search.from().isBefore(search.to())) {
            throw ParleyException.invalid("from must be before to");
        }
    }

    private static UUID cursorId(String part) {
        try {
            return Uuids.parse("cursor", part);
        } catch (ParleyException e) {
            throw Cursor.invalid();
        }
    }
}
