package dev.parley.core.admin;

import dev.parley.core.audit.AuditTrail;
import dev.parley.core.auth.Actor;
import dev.parley.core.auth.Admins;
import dev.parley.core.error.ParleyException;
import dev.parley.core.id.Uuids;
import dev.parley.core.message.Message;
import dev.parley.core.message.Tombstones;
import dev.parley.core.store.Transactor;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An admin deletes messages in bulk, in any rooms: all of them or, when one id is unknown,
 * none. Each becomes a tombstone with its {@code message.deleted} event and an audit entry, in
 * one transaction.
 */
public final class AdminMessageService {
    /** The most messages one request deletes. */
    public static final int MAX_IDS = 500;
    /** The most unknown ids a refusal names. */
    private static final int NAMED = 20;

    private final Transactor store;
    private final AuditTrail audit;
    private final Clock clock;

    public AdminMessageService(Transactor store, AuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** Deletes the messages; answers the ids of those it deleted now (those deleted before are left as they are). */
    public List<UUID> delete(Actor actor, List<String> ids) {
        Admins.check(actor, "delete messages across rooms");
        Set<UUID> wanted = check(ids);
        store.requireDelivery();
        Instant now = clock.instant();
        return store.write(repos -> {
            Map<UUID, Message> found = repos.admin().messagesById(wanted).stream()
                    .collect(Collectors.toMap(Message::id, Function.identity()));
            List<String> unknown = wanted.stream().filter(id -> !found.containsKey(id)).map(UUID::toString).toList();
            if (!unknown.isEmpty()) {
                throw ParleyException.invalid("unknown message ids: " + name(unknown) + "; nothing was deleted");
            }
            // One room after the other, in a fixed order, so two bulk deletes never wait on each other.
            List<Message> doomed = found.values().stream().filter(m -> !m.isDeleted())
                    .sorted(Comparator.comparing((Message m) -> m.roomId().toString()).thenComparingLong(Message::seq))
                    .toList();
            for (Message message : doomed) {
                long lastSeq = repos.rooms().find(message.roomId()).orElseThrow().lastSeq();
                Tombstones.delete(repos, message, lastSeq, now);
                audit.write(repos, actor, "message.delete", "message", message.id().toString(),
                        "by " + message.userId() + " in room " + message.roomId(), "deleted");
            }
            return doomed.stream().map(Message::id).toList();
        });
    }

    private static Set<UUID> check(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            throw ParleyException.invalid("ids must list at least one message id");
        }
        if (ids.size() > MAX_IDS) {
            throw ParleyException.invalid("ids may list at most " + MAX_IDS + " message ids at once");
        }
        Set<UUID> parsed = new LinkedHashSet<>();
        for (String id : ids) {
            parsed.add(Uuids.parse("each of ids", id));
        }
        return parsed;
    }

    private static String name(List<String> unknown) {
        String listed = String.join(", ", unknown.subList(0, Math.min(NAMED, unknown.size())));
        return unknown.size() > NAMED ? listed + " and " + (unknown.size() - NAMED) + " more" : listed;
    }
}
