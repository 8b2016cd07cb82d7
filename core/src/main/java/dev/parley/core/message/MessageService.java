package dev.parley.core.message;

import static dev.parley.core.room.RoomAccess.accessRoomAsMember;

import dev.parley.core.auth.Actor;
import dev.parley.core.auth.Permission;
import dev.parley.core.grant.Grants;
import dev.parley.core.grant.LiveGrants;
import dev.parley.core.error.Constraints;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.event.Event;
import dev.parley.core.id.IdGenerator;
import dev.parley.core.id.Uuids;
import dev.parley.core.moderation.Moderation;
import dev.parley.core.ratelimit.SendRateLimit;
import dev.parley.core.slowmode.SlowMode;
import dev.parley.core.room.MemberView;
import dev.parley.core.room.RoomAccess;
import dev.parley.core.room.MemberRole;
import dev.parley.core.store.Repositories;
import dev.parley.core.store.Transactor;
import dev.parley.core.user.UserCard;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Messages: post (the one send path for REST and WebSocket), history, edit, delete and
 * reactions.
 */
public final class MessageService {
    private final Transactor store;
    private final IdGenerator ids;
    private final Clock clock;
    private final MessageLimits limits;
    private final LiveGrants grants;
    private final SendRateLimit rateLimit;

    public MessageService(Transactor store, IdGenerator ids, Clock clock, MessageLimits limits,
            LiveGrants grants) {
        this(store, ids, clock, limits, grants, SendRateLimit.NONE);
    }

    /** With a per-user send rate limit ({@code messages.rate-limit}). */
    public MessageService(Transactor store, IdGenerator ids, Clock clock, MessageLimits limits,
            LiveGrants grants, SendRateLimit rateLimit) {
        this.store = store;
        this.ids = ids;
        this.clock = clock;
        this.limits = limits;
        this.grants = grants;
        this.rateLimit = rateLimit;
    }

    /**
     * Posts a message. Returns once it is durably stored; a retry with the same
     * {@code clientId} returns the original message with {@code created == false}. Each
     * stored message is published as {@code MessagePosted} after its commit, in seq order
     * ({@link Transactor}).
     */
    public Posted post(Actor actor, String roomId, MessageDraft draft) {
        Prepared prepared = prepare(actor, roomId, draft);
        Append append = prepared.append();
        return FileClaims.settle(store, append, prepared.files(), checkSameRoom(store.messageLog().append(append), append));
    }

    /**
     * {@link #post} without waiting for the commit: checks and authorizes now (throwing as
     * {@code post} does), then returns a future that completes when the message is durable.
     * Sends made one after the other by one caller keep their order.
     */
    public CompletableFuture<Posted> postAsync(Actor actor, String roomId, MessageDraft draft) {
        Prepared prepared = prepare(actor, roomId, draft);
        Append append = prepared.append();
        return store.messageLog().appendAsync(append)
                .thenApply(posted -> FileClaims.settle(store, append, prepared.files(), checkSameRoom(posted, append)));
    }

    private record Prepared(Append append, FileClaims.Resolved files) {
    }

    private record Checked(boolean direct, FileClaims.Resolved files, Mentions mentions, int slowModeSeconds) {
    }

    private Prepared prepare(Actor actor, String roomId, MessageDraft draft) {
        rateLimit.take(actor.userId());
        store.requireDelivery();
        UUID room = Uuids.parse("roomId", roomId);
        List<Attachment> attachments = Attachments.check(draft.attachments(), limits.maxAttachments());
        // Text may be left out of a message that carries attachments, and a streamed reply may start
        // empty (its author appends the text).
        boolean mayBeEmpty = !attachments.isEmpty() || draft.streaming();
        String text = mayBeEmpty && draft.text() == null ? ""
                : Constraints.checkText("text", draft.text(), mayBeEmpty ? 0 : 1, limits.maxTextLength());
        String clientId = Constraints.checkOptionalText("clientId", draft.clientId(), MessageLimits.MAX_CLIENT_ID);
        if (clientId != null && clientId.isEmpty()) {
            throw ParleyException.invalid("clientId must be 1-" + MessageLimits.MAX_CLIENT_ID + " characters");
        }
        UUID parentId = Uuids.parseOptional("parentId", draft.parentId());
        UUID id = ids.next();
        Function<Repositories, Checked> check = repos -> {
            // Banned first: a banned user (no longer a member) is told so, not to join.
            var visible = RoomAccess.accessRoom(repos, actor, room);
            Moderation.checkMayPost(repos, actor, visible, grants.current(), clock.instant());
            RoomAccess.checkMember(visible, actor);
            grants.current().checkIn(actor, visible, Permission.SEND_MESSAGES);
            if (parentId != null) {
                Message parent = repos.messages().find(room, parentId).orElseThrow(() -> new ParleyException(
                        ErrorCode.MESSAGE_NOT_FOUND, "parentId names no message of this room"));
                checkNotDeleted(parent);
            }
            FileClaims.Resolved files = FileClaims.resolve(repos, actor, room, attachments, clientId);
            FileClaims.claim(repos, files.toClaim(), id);
            return new Checked(visible.room().isDirect(), files, mentions(repos, actor, visible, text),
                    SlowMode.paceOf(actor, visible, grants.current()));
        };
        // Uploads are claimed for the new message in the unit of work that checked them.
        Checked checked = FileClaims.namesUploads(attachments) ? store.write(check::apply) : store.read(check);
        if (checked.slowModeSeconds() > 0) {
            SlowMode.takeTurn(store, actor, room, checked.slowModeSeconds(), clock.instant());
        }
        return new Prepared(new Append(id, room, checked.direct(), actor.userId(), text, parentId,
                checked.files().attachments(), clientId, clock.instant(), draft.streaming(), checked.mentions()),
                checked.files());
    }

    /**
     * The members the text mentions. Only a text with an {@code @} pays for it: one read of the
     * room's member cards (the room's range of the members key).
     */
    private Mentions mentions(Repositories repos, Actor actor, RoomAccess.Visible visible, String text) {
        if (!MentionParser.mayMention(text)) {
            return Mentions.NONE;
        }
        UUID room = visible.room().id();
        List<UserCard> members = repos.members().list(room, null, Integer.MAX_VALUE).stream()
                .map(MemberView::user).toList();
        // The mention-all grant: admins, and room owners and moderators, by default.
        boolean mayMentionAll = grants.current().in(actor, visible).contains(Permission.MENTION_ALL);
        return MentionParser.parse(text, members, mayMentionAll);
    }

    /** A retried clientId answers with the original message; one first used in another room is a conflict. */
    private static Posted checkSameRoom(Posted posted, Append append) {
        if (!posted.message().roomId().equals(append.roomId())) {
            throw new ParleyException(ErrorCode.CLIENT_ID_REUSED,
                    "clientId " + append.clientId() + " was already used for a message in another room");
        }
        return posted;
    }

    public HistoryPage history(Actor actor, String roomId, HistoryQuery query) {
        UUID room = Uuids.parse("roomId", roomId);
        return store.read(repos -> {
            accessRoomAsMember(repos, actor, room);
            int fetch = query.limit() + 1;
            List<Message> rows;
            if (query.after() != null) {
                rows = repos.messages().after(room, query.after(), fetch);
            } else {
                long before = query.before() != null ? query.before() : Long.MAX_VALUE;
                rows = repos.messages().before(room, before, fetch).reversed();
            }
            boolean hasMore = rows.size() > query.limit();
            if (hasMore) {
                rows = query.after() != null ? rows.subList(0, query.limit()) : rows.subList(1, rows.size());
            }
            return new HistoryPage(withReactions(repos, rows), hasMore);
        });
    }

    /** Changes the text of a message; only its author may. */
    public Message edit(Actor actor, String roomId, String messageId, String newText) {
        String text = Constraints.checkText("text", newText, 1, limits.maxTextLength());
        store.requireDelivery();
        Instant now = clock.instant();
        return store.write(repos -> {
            LocatedMessage located = LocatedMessage.access(repos, actor, roomId, messageId);
            grants.current().checkIn(actor, located.visible(), Permission.EDIT_OWN_MESSAGES);
            Message message = located.message();
            if (!message.userId().equals(actor.userId())) {
                throw new ParleyException(ErrorCode.FORBIDDEN, "only the author may edit a message");
            }
            if (message.call() != null) {
                throw new ParleyException(ErrorCode.FORBIDDEN, "a call's message cannot be edited");
            }
            checkNotDeleted(message);
            if (message.text().equals(text)) {
                return reload(repos, message); // the same text: no editedAt bump, no event
            }
            repos.messages().edit(message.id(), text, mentions(repos, actor, located.visible(), text), now);
            Message edited = reload(repos, message);
            repos.record(new Event.MessageEdited(edited, located.lastSeq()));
            return edited;
        });
    }

    /**
     * Deletes a message, keeping a tombstone at its seq. Its author may (with
     * {@code delete-own-message}), and so may whoever holds {@code delete-any-message} in the
     * room (admins, and the room's owner and moderators, by default).
     */
    public Message delete(Actor actor, String roomId, String messageId) {
        store.requireDelivery();
        Instant now = clock.instant();
        return store.write(repos -> {
            LocatedMessage located = LocatedMessage.access(repos, actor, roomId, messageId);
            Message message = located.message();
            Grants rules = grants.current();
            boolean own = message.userId().equals(actor.userId());
            if (!rules.in(actor, located.visible()).contains(Permission.DELETE_ANY_MESSAGE)) {
                if (!own) {
                    throw new ParleyException(ErrorCode.FORBIDDEN, "only the author or a moderator may delete a message");
                }
                rules.checkIn(actor, located.visible(), Permission.DELETE_OWN_MESSAGES);
            }
            if (message.isDeleted()) {
                return message;
            }
            return Tombstones.delete(repos, message, located.lastSeq(), now);
        });
    }

    /** Adds ({@code add}) or removes the actor's reaction with {@code emoji}; both are idempotent. */
    public Message react(Actor actor, String roomId, String messageId, String emoji, boolean add) {
        Emoji.check(emoji);
        store.requireDelivery();
        Instant now = clock.instant();
        return store.write(repos -> {
            LocatedMessage located = LocatedMessage.access(repos, actor, roomId, messageId);
            grants.current().checkIn(actor, located.visible(), Permission.REACT);
            Message target = located.message();
            checkNotDeleted(target);
            // The room's lock first, as the change number takes it: the reactions read below then
            // include every reaction of an earlier change, so each event's list is the one after it.
            repos.rooms().lock(target.roomId());
            boolean changed = add
                    ? repos.reactions().add(target.roomId(), target.id(), actor.userId(), emoji, now)
                    : repos.reactions().remove(target.id(), actor.userId(), emoji);
            Message reloaded = reload(repos, target);
            if (changed) {
                repos.record(new Event.ReactionChanged(target.roomId(), located.lastSeq(), target.id(),
                        actor.userId(), emoji, add, reloaded.reactions()));
            }
            return reloaded;
        });
    }

    private static Message reload(Repositories repos, Message message) {
        return LocatedMessage.reload(repos, message);
    }

    /** The messages with their reactions, in one read. */
    public static List<Message> withReactions(Repositories repos, List<Message> messages) {
        if (messages.isEmpty()) {
            return messages;
        }
        Map<UUID, List<Reaction>> reactions = repos.reactions().of(messages.stream().map(Message::id).toList());
        return messages.stream().map(m -> m.withReactions(reactions.getOrDefault(m.id(), List.of()))).toList();
    }

    private static void checkNotDeleted(Message message) {
        if (message.isDeleted()) {
            throw new ParleyException(ErrorCode.MESSAGE_DELETED, "the message was deleted");
        }
    }
}
