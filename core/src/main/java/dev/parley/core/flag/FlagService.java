package dev.parley.core.flag;

import dev.parley.core.audit.AuditTrail;
import dev.parley.core.auth.Actor;
import dev.parley.core.auth.Admins;
import dev.parley.core.error.Constraints;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.id.IdGenerator;
import dev.parley.core.id.Uuids;
import dev.parley.core.message.LocatedMessage;
import dev.parley.core.message.Message;
import dev.parley.core.message.Tombstones;
import dev.parley.core.page.Cursor;
import dev.parley.core.page.Page;
import dev.parley.core.page.PageRequest;
import dev.parley.core.store.DuplicateKeyException;
import dev.parley.core.store.Transactor;
import dev.parley.core.store.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Flags and the moderation queue: any member reports a message once, with a reason; app admins
 * list the open flags (each with a copy of the message as reported) and resolve them, by
 * dismissing the flag or deleting the message. Resolving one flag resolves every open flag of
 * the same message. Reports and resolutions are audited.
 */
public final class FlagService {
    public static final int MAX_REASON = 500;

    private final Transactor store;
    private final IdGenerator ids;
    private final AuditTrail audit;
    private final Clock clock;

    public FlagService(Transactor store, IdGenerator ids, AuditTrail audit, Clock clock) {
        this.store = store;
        this.ids = ids;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reports a message of a room the actor is a member of; 409 {@code already_flagged} the second time. */
    public Flag report(Actor actor, String roomId, String messageId, String reason) {
        String why = Constraints.checkText("reason", reason, 1, MAX_REASON);
        Instant now = clock.instant();
        try {
            return store.write(repos -> {
                LocatedMessage located = LocatedMessage.access(repos, actor, roomId, messageId);
                Message message = located.message();
                if (message.isDeleted()) {
                    throw new ParleyException(ErrorCode.MESSAGE_DELETED, "the message was deleted");
                }
                if (message.userId().equals(actor.userId())) {
                    throw ParleyException.invalid("you cannot report your own message");
                }
                Flag flag = new Flag(ids.next(), message.roomId(), message.id(), actor.userId(), why,
                        message.userId(), message.text(), now, FlagStatus.OPEN, null, null);
                repos.flags().add(flag);
                audit.write(repos, actor, "message.flag", "message", message.id().toString(), null,
                        "reported: " + why);
                return flag;
            });
        } catch (DuplicateKeyException again) {
            throw new ParleyException(ErrorCode.ALREADY_FLAGGED, "you reported this message already");
        }
    }

    /** The queue for app admins: flags of one status (default open), newest first. */
    public Page<Flag> list(Actor actor, String status, PageRequest page) {
        Admins.check(actor, "read the moderation queue");
        FlagStatus wanted = status == null ? FlagStatus.OPEN : FlagStatus.parse(status, "status");
        var position = Cursor.decode(page.after(), 1);
        UUID before = position == null ? null : cursorId(position.getFirst());
        List<Flag> rows = store.read(repos -> repos.flags().list(wanted, before, page.limit() + 1));
        return Page.of(rows, page.limit(), flag -> Cursor.encode(flag.id().toString()));
    }

    /**
     * Resolves an open flag: {@code dismiss} keeps the message, {@code delete} deletes it (a
     * tombstone and {@code message.deleted} to the room). Every open flag of that message is
     * resolved alike. 409 {@code flag_resolved} when the flag was resolved already.
     */
    public Flag resolve(Actor actor, String flagId, String action) {
        Admins.check(actor, "resolve flags");
        UUID id = Uuids.parse("flagId", flagId);
        FlagStatus outcome = outcome(action);
        store.requireDelivery();
        Instant now = clock.instant();
        return store.write(repos -> {
            Flag flag = repos.flags().find(id).orElseThrow(() -> new ParleyException(ErrorCode.FLAG_NOT_FOUND,
                    "no flag " + flagId));
            if (!flag.isOpen()) {
                throw new ParleyException(ErrorCode.FLAG_RESOLVED, "the flag was resolved already ("
                        + flag.status().wireName() + " by " + flag.resolvedBy() + ")");
            }
            if (outcome == FlagStatus.DELETED) {
                deleteMessage(repos, flag, now);
            }
            int resolved = repos.flags().resolveAll(flag.messageId(), outcome, actor.userId(), now);
            audit.write(repos, actor, "flag." + (outcome == FlagStatus.DELETED ? "delete" : "dismiss"), "message",
                    flag.messageId().toString(), resolved + " open flag(s)", outcome.wireName());
            return repos.flags().find(id).orElseThrow();
        });
    }

    private static void deleteMessage(UnitOfWork repos, Flag flag, Instant now) {
        var room = repos.rooms().find(flag.roomId());
        var message = repos.messages().find(flag.roomId(), flag.messageId());
        if (room.isPresent() && message.isPresent() && !message.get().isDeleted()) {
            Tombstones.delete(repos, message.get(), room.get().lastSeq(), now);
        }
    }

    private static FlagStatus outcome(String action) {
        if ("dismiss".equals(action)) {
            return FlagStatus.DISMISSED;
        }
        if ("delete".equals(action)) {
            return FlagStatus.DELETED;
        }
        throw ParleyException.invalid("action must be dismiss or delete");
    }

    private static UUID cursorId(String part) {
        try {
            return Uuids.parse("cursor", part);
        } catch (ParleyException e) {
            throw Cursor.invalid();
        }
    }
}
