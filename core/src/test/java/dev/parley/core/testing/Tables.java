package dev.parley.core.testing;

import dev.parley.core.account.LocalAccount;
import dev.parley.core.file.StoredFile;
import dev.parley.core.invitation.Invitation;
import dev.parley.core.message.Message;
import dev.parley.core.room.Member;
import dev.parley.core.room.Room;
import dev.parley.core.user.User;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import dev.parley.core.webhook.Delivery;
import dev.parley.core.webhook.Webhook;
import dev.parley.core.audit.AuditEntry;
import dev.parley.core.grant.GrantRepository;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * The rows of the in-memory store, table by table as in the SQL schema ({@code V1__init.sql}),
 * with its keys and constraints: primary and unique keys throw
 * {@link dev.parley.core.store.DuplicateKeyException}, a row naming a user or room that does
 * not exist breaks a foreign key ({@link IllegalStateException}), and deleting a room deletes
 * its members, messages and their reactions, and its files (ON DELETE CASCADE).
 */
final class Tables {
    /** The order of uuids in the databases: byte-wise, which is the order of their canonical strings. */
    static final Comparator<UUID> UUID_ORDER = Comparator.comparing(UUID::toString);

    record UserRow(User user, long tokensValidFrom) {
    }

    record RoomRow(Room room, String directKey) {
    }

    record MemberKey(UUID roomId, String userId) {
    }

    /** The primary key of messages: history pages are ranges of it. */
    record MessageKey(UUID roomId, long seq) {
        static final Comparator<MessageKey> ORDER =
                Comparator.comparing(MessageKey::roomId).thenComparingLong(MessageKey::seq);
    }

    record ClientKey(String userId, String clientId) {
    }

    record ReactionKey(UUID messageId, String userId, String emoji) {
    }

    /** {@code ordinal} keeps insertion order, like the identity column of {@code reactions}. */
    record ReactionRow(long ordinal, UUID roomId, UUID messageId, String userId, String emoji, Instant createdAt) {
    }

    record RevokedToken(String userId, Instant expiresAt) {
    }

    /** An open stream of a streaming message ({@code message_streams}). */
    record StreamRow(UUID messageId, UUID roomId, Instant touchedAt) {
    }

    /** A row of {@code files}: the file and when the sweeper may remove it (null: kept). */
    record FileRow(StoredFile file, Instant removableAt) {
        FileRow withMessage(UUID messageId) {
            StoredFile f = file;
            return new FileRow(new StoredFile(f.id(), f.roomId(), f.uploaderId(), f.name(), f.size(), f.mimeType(),
                    f.kind(), f.width(), f.height(), f.durationMs(), f.hasThumbnail(), messageId, f.createdAt()),
                    removableAt);
        }
    }

    /** The primary key of room_changes: a room's log is a range of it. */
    record ChangeKey(UUID roomId, long change) {
        static final Comparator<ChangeKey> ORDER =
                Comparator.comparing(ChangeKey::roomId, UUID_ORDER).thenComparingLong(ChangeKey::change);
    }

    final Table<String, UserRow> users;
    final Table<UUID, RoomRow> rooms;
    final Table<String, UUID> directKeys;
    final Table<MemberKey, Member> members;
    /** The {@code muted} column of {@code members}: the muted memberships, each row its own key. */
    final Table<MemberKey, MemberKey> mutedMembers;
    final Table<MessageKey, Message> messages;
    final Table<UUID, MessageKey> messageIds;
    final Table<ClientKey, UUID> clientIds;
    final Table<ReactionKey, ReactionRow> reactions;
    final Table<String, RevokedToken> revokedTokens;
    final Table<ChangeKey, dev.parley.core.event.Event.RoomChange> changes;
    final Table<String, LocalAccount> accounts;
    final Table<UUID, Webhook> webhooks;
    /** The one stored grants document, under key 1. */
    final Table<Integer, GrantRepository.StoredGrants> grants;
    /** The stored appearance of every client type, under key 1. */
    final Table<Integer, dev.parley.core.appearance.AppearanceRepository.StoredAppearance> appearance;
    /** The one stored API secret, under key 1. */
    final Table<Integer, dev.parley.core.apikey.ApiSecret> apiSecrets;
    /** The audit log by id (time-ordered). */
    final Table<UUID, AuditEntry> audit;
    /** Bans and mutes by (room, user, kind). */
    final Table<RestrictionKey, dev.parley.core.moderation.Restriction> restrictions;
    /** Frozen rooms. */

    record RestrictionKey(UUID roomId, String userId, dev.parley.core.moderation.Restriction.Kind kind) {
    }
    final Table<UUID, FileRow> files;
    /** Without a foreign key to rooms: an invitation outlives its room, which lists then leave out. */
    final Table<UUID, Invitation> invitations;
    /** Webhook deliveries by position (the identity column), with the lease a dispatcher holds. */
    final Table<Long, DeliveryRow> deliveries;
    final Table<UUID, StreamRow> streams;
    final Table<UUID, dev.parley.core.call.Call> calls;
    /** The live call of each room: at most one (the {@code calls_live_room} unique key). */
    final Table<UUID, UUID> liveCalls;
    /** Ended calls whose message is not written yet, with their end (the {@code calls.message_pending} flag). */
    final Table<UUID, Instant> callsWithoutMessage;
    /** Flags by id (time-ordered); a reporter flags a message once ({@code message_flags_once}). */
    final Table<UUID, dev.parley.core.flag.Flag> flags;
    final Table<FlagKey, UUID> flagsOnce;
    /** The last slow-mode turn of each member ({@code slow_mode_turns}). */
    final Table<MemberKey, TurnRow> slowModeTurns;
    /** App-wide bans by user. */
    final Table<String, dev.parley.core.appban.AppBan> appBans;

    record TurnRow(UUID roomId, Instant takenAt) {
    }

    record FlagKey(UUID messageId, String reporterId) {
    }
    private final AtomicLong deliveryPositions = new AtomicLong();
    /** Never rolled back, as a SQL identity is not. */
    private final AtomicLong reactionOrdinals = new AtomicLong();

    Tables(UndoLog undo) {
        users = Table.hashed("users_pk", undo);
        rooms = Table.hashed("rooms_pk", undo);
        directKeys = Table.hashed("rooms_direct_key", undo);
        members = Table.hashed("members_pk", undo);
        mutedMembers = Table.hashed("members_muted", undo);
        messages = Table.sorted("messages_pk", MessageKey.ORDER, undo);
        messageIds = Table.hashed("messages_id", undo);
        clientIds = Table.hashed("messages_client_id", undo);
        reactions = Table.hashed("reactions_pk", undo);
        revokedTokens = Table.hashed("revoked_tokens_pk", undo);
        changes = Table.sorted("room_changes_pk", ChangeKey.ORDER, undo);
        accounts = Table.hashed("local_accounts_pk", undo);
        webhooks = Table.hashed("webhooks_pk", undo);
        grants = Table.hashed("grant_documents_pk", undo);
        appearance = Table.hashed("appearance_versions_pk", undo);
        apiSecrets = Table.hashed("api_secrets_pk", undo);
        audit = Table.sorted("audit_log_pk", UUID_ORDER, undo);
        restrictions = Table.hashed("room_restrictions_pk", undo);
        files = Table.hashed("files_pk", undo);
        invitations = Table.hashed("invitations_pk", undo);
        deliveries = Table.sorted("webhook_deliveries_pk", Long::compare, undo);
        streams = Table.hashed("message_streams_pk", undo);
        calls = Table.hashed("calls_pk", undo);
        liveCalls = Table.hashed("calls_live_room", undo);
        callsWithoutMessage = Table.hashed("calls_message_pending", undo);
        flags = Table.sorted("message_flags_pk", UUID_ORDER, undo);
        flagsOnce = Table.hashed("message_flags_once", undo);
        slowModeTurns = Table.hashed("slow_mode_turns_pk", undo);
        appBans = Table.hashed("app_bans_pk", undo);
    }

    record DeliveryRow(Delivery delivery, Instant leaseUntil) {
    }

    long nextDeliveryPosition() {
        return deliveryPositions.incrementAndGet();
    }

    long nextReactionOrdinal() {
        return reactionOrdinals.incrementAndGet();
    }

    void requireUser(String userId) {
        if (!users.contains(userId)) {
            throw new IllegalStateException("foreign key violated: no user " + userId);
        }
    }

    void requireRoom(UUID roomId) {
        if (!rooms.contains(roomId)) {
            throw new IllegalStateException("foreign key violated: no room " + roomId);
        }
    }

    Optional<Room> room(UUID roomId) {
        return rooms.find(roomId).map(RoomRow::room);
    }

    void updateRoom(UUID roomId, UnaryOperator<Room> change) {
        rooms.update(roomId, row -> new RoomRow(change.apply(row.room()), row.directKey()));
    }

    Optional<Message> message(UUID messageId) {
        return messageIds.find(messageId).flatMap(messages::find);
    }

    void insertMessage(Message message) {
        requireRoom(message.roomId());
        requireUser(message.userId());
        MessageKey key = new MessageKey(message.roomId(), message.seq());
        messages.insert(key, message);
        messageIds.insert(message.id(), key);
        if (message.clientId() != null) {
            clientIds.insert(new ClientKey(message.userId(), message.clientId()), message.id());
        }
    }

    void updateMessage(UUID messageId, UnaryOperator<Message> change) {
        messageIds.find(messageId).ifPresent(key -> messages.update(key, change));
    }

    /** Deletes the room with its members, messages and their reactions. */
    void deleteRoom(UUID roomId) {
        rooms.find(roomId).ifPresent(row -> {
            if (row.directKey() != null) {
                directKeys.delete(row.directKey());
            }
            members.deleteIf(member -> member.roomId().equals(roomId));
            mutedMembers.deleteIf(muted -> muted.roomId().equals(roomId));
            for (Message message : messages.range(new MessageKey(roomId, Long.MIN_VALUE), true,
                    new MessageKey(roomId, Long.MAX_VALUE), true)) {
                messageIds.delete(message.id());
                streams.delete(message.id());
                if (message.clientId() != null) {
                    clientIds.delete(new ClientKey(message.userId(), message.clientId()));
                }
                messages.delete(new MessageKey(roomId, message.seq()));
            }
            reactions.deleteIf(reaction -> reaction.roomId().equals(roomId));
            restrictions.deleteIf(restriction -> restriction.roomId().equals(roomId));
            slowModeTurns.deleteIf(turn -> turn.roomId().equals(roomId));
            for (var flag : flags.rows(f -> f.roomId().equals(roomId))) {
                flagsOnce.delete(new FlagKey(flag.messageId(), flag.reporterId()));
                flags.delete(flag.id());
            }
            files.deleteIf(file -> file.file().roomId().equals(roomId));
            changes.deleteIf(change -> change.roomId().equals(roomId));
            rooms.delete(roomId);
        });
    }
}
